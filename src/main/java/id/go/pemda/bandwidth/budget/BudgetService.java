package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.BandwidthProperties;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.connection.SiteStatus;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.SitePlan;
import id.go.pemda.bandwidth.coordination.SitePlanRepository;
import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.PemdaSettings;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPDs' internet lines and their move to the central network's line. A move happens once
 * per transition, by the instrument the day allows ({@link MovementPlan}), and raises Diskominfo's
 * line by exactly what left the OPD.
 */
@Service
@Transactional
public class BudgetService {

  private final BudgetLineRepository lines;
  private final BudgetMovementRepository movements;
  private final TransitionService transitions;
  private final CoordinationService coordination;
  private final SitePlanRepository plans;
  private final ConnectionService connections;
  private final SiteRegistry sites;
  private final ComplaintService complaints;
  private final PemdaSettingsService settings;
  private final CentralLineCreator centralLines;
  private final String centralSubActivity;
  private final String centralAccount;
  private final Clock clock;

  public BudgetService(
      BudgetLineRepository lines,
      BudgetMovementRepository movements,
      TransitionService transitions,
      CoordinationService coordination,
      SitePlanRepository plans,
      ConnectionService connections,
      SiteRegistry sites,
      ComplaintService complaints,
      PemdaSettingsService settings,
      CentralLineCreator centralLines,
      BandwidthProperties properties,
      Clock clock) {
    this.lines = lines;
    this.movements = movements;
    this.transitions = transitions;
    this.coordination = coordination;
    this.plans = plans;
    this.connections = connections;
    this.sites = sites;
    this.complaints = complaints;
    this.settings = settings;
    this.centralLines = centralLines;
    this.centralSubActivity = properties.centralSubActivity();
    this.centralAccount = properties.centralAccount();
    this.clock = clock;
  }

  /**
   * The OPD's internet line of the fiscal year (account {@value BudgetLine#INTERNET_ACCOUNT}); for
   * Diskominfo its own line, not the central one ({@link #centralLine}).
   */
  @Transactional(readOnly = true)
  public Optional<BudgetLine> line(String opdCode, int fiscalYear) {
    return lines.findByOpdCodeAndFiscalYearAndAccountCode(opdCode, fiscalYear, BudgetLine.INTERNET_ACCOUNT).stream()
        .filter(line -> !isCentral(line))
        .findFirst();
  }

  /** Diskominfo's belanja jaringan pusat of the Pemda: the line a revocation raises. */
  @Transactional(readOnly = true)
  public Optional<BudgetLine> centralLine(String tenantId, int fiscalYear) {
    return lines.findByOpdCodeAndFiscalYearAndSubActivityCodeAndAccountCode(
        centralOfficeOf(tenantId), fiscalYear, centralSubActivity, centralAccount);
  }

  /** Whether the line is a Pemda's belanja jaringan pusat (by the settings' sub-activity and account). */
  public boolean isCentral(BudgetLine line) {
    return line.opdCode().equals(centralOfficeOf(Tenants.of(line.opdCode())))
        && line.subActivityCode().equals(centralSubActivity) && line.accountCode().equals(centralAccount);
  }

  /** The code of the Pemda's central office (Diskominfo) on this deployment. */
  public String centralOfficeOf(String tenantId) {
    return Tenants.opdCode(tenantId, settings.of(tenantId).centralOfficeCode());
  }

  /** Records an OPD's internet line once; recording it again keeps the first amounts. For the demo and tests. */
  public BudgetLine record(String opdCode, int fiscalYear, BigDecimal amount, BigDecimal realized) {
    return line(opdCode, fiscalYear).orElseGet(() -> lines.save(BudgetLine.active(opdCode, fiscalYear, amount, realized)));
  }

  /** Records the Pemda's central line once, at the setting's sub-activity and account. For the demo and tests. */
  public BudgetLine recordCentral(String tenantId, int fiscalYear, BigDecimal amount) {
    return centralLine(tenantId, fiscalYear).orElseGet(() -> lines.save(newCentralLine(tenantId, fiscalYear, amount)));
  }

  /** The Pemda's central line at the setting's sub-activity and account, not yet stored. */
  private BudgetLine newCentralLine(String tenantId, int fiscalYear, BigDecimal amount) {
    return BudgetLine.loaded(
        centralOfficeOf(tenantId), fiscalYear, centralSubActivity, centralAccount, amount, BigDecimal.ZERO, null, null, null);
  }

  /**
   * The central line a revocation raises, created at Rp 0 when BPKAD has not loaded it: in a
   * transaction of its own, so that another revocation creating it at the same moment costs
   * this one nothing but reading the line the other created.
   */
  private BudgetLine centralLineToRaise(String tenantId, int fiscalYear) {
    return centralLine(tenantId, fiscalYear).orElseGet(() -> {
      try {
        centralLines.create(newCentralLine(tenantId, fiscalYear, BigDecimal.ZERO));
      } catch (RuntimeException notCreated) {
        // another revocation of the Pemda created it first (the line's unique key: Spring Data JDBC
        // wraps the database's refusal); when the line is still missing, the failure stands
        return centralLine(tenantId, fiscalYear).orElseThrow(() -> notCreated);
      }
      return centralLine(tenantId, fiscalYear).orElseThrow();
    });
  }

  /** What moving the transition's line on {@code day} would do. */
  @Transactional(readOnly = true)
  public MovementPlan plan(Long transitionId, LocalDate day) {
    OpdTransition transition = transitions.require(transitionId);
    BudgetLine line = lineOrZero(transition);
    return MovementPlan.on(day, line, settings.ofName(transition.opdCode()).apbdAdoptedBy(), retainedSites(transitionId, line));
  }

  /** When each instrument can move the transition's line, by its Pemda's APBD calendar. */
  @Transactional(readOnly = true)
  public List<ApbdPeriod.InstrumentWindow> instrumentWindows(OpdTransition transition) {
    return ApbdPeriod.windows(transition.fiscalYear(), settings.ofName(transition.opdCode()).apbdAdoptedBy());
  }

  /**
   * The last day the OPD's line pays a site's own ISP: its old contract must end by then. Before
   * the budget moved the whole fiscal year is still paid; after, the site's months the move left
   * with the OPD ({@link #ownLineUntil}), and never less than up to the move.
   */
  @Transactional(readOnly = true)
  public LocalDate paidUntil(Long transitionId, Long siteId) {
    OpdTransition transition = transitions.require(transitionId);
    BudgetLine.Movement movement = lineOrZero(transition).movement();
    if (movement == null) {
      return LocalDate.of(transition.fiscalYear(), 12, 31);
    }
    SiteSurvey survey = connections.surveyOf(transitionId, siteId);
    LocalDate until = ownLineUntil(survey, connections.find(transitionId, siteId), transition.fiscalYear());
    return MovementPlan.paidUntil(movement.effectiveFrom(), until, transition.fiscalYear());
  }

  /**
   * The Sekda's decision after the monitoring: approved, BPKAD moves the line next; deferred,
   * another monitoring period starts from now.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link RevocationDecision#check}
   */
  public void decideRevocation(Long transitionId, RevocationDecision decision) {
    OpdTransition transition = transitions.require(transitionId);
    decision.check(complaints.openOf(transitionId).size(), line(transition.opdCode(), transition.fiscalYear()),
        transition.opdCode(), transition.fiscalYear()).throwIfAny();
    if (decision == RevocationDecision.DEFER) {
      transitions.startMonitoring(transitionId);
    }
  }

  /**
   * Moves the OPD's line by the document's instrument and raises the central line by the same
   * amount. Recorded once per transition: asking again returns the line as it was moved. Refused
   * while BPKAD has not loaded the OPD's line for the year: nothing moves by default.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the document breaks a rule of {@link RevocationDocument#check}
   */
  public BudgetLine revoke(Long transitionId, RevocationDocument document, String by) {
    OpdTransition transition = transitions.require(transitionId);
    if (movements.findByTransitionId(transitionId).isPresent()) {
      return lineOrZero(transition);
    }
    recordHeld(transitionId).ifPresent(held -> new FieldErrors().reject("instrument", held).throwIfAny());
    Optional<BudgetLine> loaded = line(transition.opdCode(), transition.fiscalYear());
    if (loaded.isEmpty()) {
      // a cut skips the Sekda's approval: BPKAD loads the line before it records the move
      new FieldErrors().reject("instrument", RevocationDecision.noLine(transition.opdCode(), transition.fiscalYear())
          .replace("lalu setujui", "lalu catat")).throwIfAny();
    }
    BudgetLine line = loaded.get();
    PemdaSettings own = settings.ofName(transition.opdCode());
    MovementPlan plan = MovementPlan.on(document.documentDate(), line, own.apbdAdoptedBy(), retainedSites(transitionId, line));
    document.check(own.zone().today(clock), plan, apbdPerubahanOf(Tenants.of(transition.opdCode()), transition.fiscalYear()))
        .throwIfAny();
    BudgetLine moved = lines.save(line.moved(new BudgetLine.Movement(
        plan.moved(), document.instrument(), document.documentNumber(), document.documentDate(), plan.effectiveFrom(),
        clock.instant(), by)));
    // the money goes to the belanja jaringan pusat of the OPD's own Pemda
    String tenant = Tenants.of(transition.opdCode());
    String centralOffice = centralOfficeOf(tenant);
    lines.raise(centralLineToRaise(tenant, transition.fiscalYear()).id(), plan.moved());
    movements.save(new BudgetMovement(
        null, transitionId, transition.fiscalYear(), transition.opdCode(), centralOffice, plan.moved(),
        document.instrument(), document.documentNumber(), document.documentDate(),
        document.instrument() == BudgetInstrument.PERGESERAN ? document.tapdDecisionNumber().strip() : null, by,
        clock.instant()));
    transitions.recordBudgetRevoked(transitionId);
    return moved;
  }

  /**
   * Why BPKAD may not record the move now, if it may not: after the Sekda approved it, a
   * complaint was filed and is still open, and the Sekda has not allowed the record in writing
   * since. A cut is the Sekda's own "putus saja" and is never held.
   */
  @Transactional(readOnly = true)
  public Optional<String> recordHeld(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    if (transition.cutRequestedAt() != null || transition.budgetRevokedAt() != null) {
      return Optional.empty();
    }
    List<Complaint> open = complaints.openOf(transitionId);
    Optional<Instant> lastFiled = open.stream().map(Complaint::filedAt).max(Instant::compareTo);
    if (lastFiled.isEmpty()) {
      return Optional.empty();
    }
    boolean overridden = transitions.latestDecision(transitionId, HOLD_STEP)
        .filter(decision -> decision.decision().equals(BudgetHoldDecision.OVERRIDE.name()))
        .filter(decision -> !decision.decidedAt().isBefore(lastFiled.get()))
        .isPresent();
    return overridden ? Optional.empty() : Optional.of("pencatatan ditahan: " + open.size()
        + " keluhan yang diajukan setelah persetujuan Sekda masih terbuka; catat setelah keluhan ditutup"
        + " atau setelah Sekda mengizinkan secara tertulis");
  }

  /**
   * The Sekda's decision on a record held by a complaint: kept held, or allowed in writing.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link BudgetHoldOutcome#check}
   */
  public void decideHold(Long transitionId, BudgetHoldOutcome outcome, String by) {
    outcome.check().throwIfAny();
    transitions.recordDecision(transitionId, HOLD_STEP, outcome.decision(), outcome.describe(), by);
  }

  /**
   * The OPD ended one site's old ISP contract.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the letter breaks a rule of {@link IspTerminationLetter#check}
   */
  public SiteConnection confirmIspTermination(Long transitionId, Long siteId, IspTerminationLetter letter, String by) {
    SiteConnection site = connections.require(transitionId, siteId);
    LocalDate acceptedOn = site.acceptance() == null ? null : site.acceptance().acceptedOn();
    letter.check(paidUntil(transitionId, siteId), acceptedOn, openComplaintsAbout(transitionId, siteId)).throwIfAny();
    return connections.recordIspTermination(transitionId, siteId, new SiteConnection.IspTermination(
        letter.ispTerminatedOn(), letter.ispTerminationReference(), letter.signerName(), by));
  }

  /** The document of the Pemda's APBD Perubahan already recorded for the fiscal year, if any. */
  private Optional<String> apbdPerubahanOf(String tenantId, int fiscalYear) {
    return movements.firstOfPemda(tenantId, fiscalYear, BudgetInstrument.APBD_PERUBAHAN.name())
        .map(BudgetMovement::documentNumber);
  }

  /** Open complaints about the site, or about the OPD's network without naming a site. */
  private int openComplaintsAbout(Long transitionId, Long siteId) {
    return (int) complaints.openOf(transitionId).stream()
        .filter(complaint -> complaint.siteId() == null || complaint.siteId().equals(siteId))
        .count();
  }

  /** Where the Sekda's decisions on a held record are kept in the transition's decision log. */
  public static final String HOLD_STEP = "BudgetRecordHold";
  /** How long BPKAD has to record a move before the Sekda is reminded. */
  public static final Duration RECORDING_TIME = Duration.ofDays(14);
  /** The least time an OPD gets to end an old contract, whatever its notice period says. */
  public static final Duration SHORTEST_TERMINATION_TIME = Duration.ofDays(7);

  /**
   * BPKAD is to record the move: by when. Its time counts from the first day an instrument
   * applies: a move decided between the APBD's adoption and 1 January waits for the fiscal year.
   */
  public Instant startRevocation(Long transitionId) {
    OpdTransition transition = transitions.startBudgetRevocation(transitionId);
    PemdaSettings own = settings.ofName(transition.opdCode());
    Instant from = ApbdPeriod.of(own.zone().today(clock), transition.fiscalYear(), own.apbdAdoptedBy())
        .instrumentsFrom(transition.fiscalYear())
        .map(day -> own.zone().at(day, LocalTime.MIDNIGHT))
        .orElse(clock.instant());
    return from.plus(RECORDING_TIME);
  }

  /**
   * By when the OPD must sign the end of a site's old contract: its notice period before the last
   * day its line pays the site, end of that day in the Pemda's zone, and never sooner than a week from now.
   */
  @Transactional(readOnly = true)
  public Instant terminationDueAt(Long transitionId, Long siteId) {
    Integer notice = connections.surveyOf(transitionId, siteId).current().noticeDays();
    LocalDate signBy = paidUntil(transitionId, siteId).minusDays(notice == null ? 0 : notice);
    PemdaZone zone = settings.zoneOfOpd(transitions.require(transitionId).opdCode());
    Instant due = zone.at(signBy, LocalTime.of(23, 59));
    Instant earliest = clock.instant().plus(SHORTEST_TERMINATION_TIME);
    return due.isBefore(earliest) ? earliest : due;
  }

  /** Whether the central line pays a year of every approved site plan of the program. */
  @Transactional(readOnly = true)
  public CentralCoverage centralCoverage(String tenantId, Long campaignId, int fiscalYear) {
    BigDecimal central = centralLine(tenantId, fiscalYear).map(BudgetLine::amountRupiah).orElse(BigDecimal.ZERO);
    return new CentralCoverage(central, RevocationSummary.annual(plans.approvedMonthlyCostOfCampaign(campaignId)));
  }

  /** What the Sekda weighs for one OPD. */
  @Transactional(readOnly = true)
  public RevocationSummary summary(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    BigDecimal ownMonthly = BigDecimal.ZERO;
    BigDecimal centralMonthly = BigDecimal.ZERO;
    List<DoubleSpending> overlaps = new ArrayList<>();
    for (SitePlan plan : coordination.currentPlans(transitionId)) {
      Optional<SiteConnection> connection = connections.find(transitionId, plan.siteId());
      if (connection.map(c -> c.status() == SiteStatus.EXEMPTED).orElse(false)) {
        continue;
      }
      SiteSurvey survey = connections.surveyOf(transitionId, plan.siteId());
      ownMonthly = ownMonthly.add(survey.current().monthlyCostRupiah());
      BigDecimal central = plan.agreement() == null ? BigDecimal.ZERO : plan.agreement().centralMonthlyCostRupiah();
      centralMonthly = centralMonthly.add(central);
      if (survey.current().hasOwnIsp() && connection.map(SiteConnection::acceptance).isPresent()) {
        overlaps.add(new DoubleSpending(
            sites.require(plan.siteId()).name(), connection.get().acceptance().acceptedOn(),
            survey.current().contractEnd(), survey.current().monthlyCostRupiah(), central));
      }
    }
    return new RevocationSummary(
        transition.opdCode(), transition.fiscalYear(), RevocationSummary.annual(ownMonthly),
        RevocationSummary.annual(centralMonthly), List.copyOf(overlaps),
        RevocationSummary.annual(plans.monthlySavingOfCampaign(transition.campaignId())),
        centralCoverage(Tenants.of(transition.opdCode()), transition.campaignId(), transition.fiscalYear()));
  }

  @Transactional(readOnly = true)
  public Optional<BudgetMovement> movementOf(Long transitionId) {
    return movements.findByTransitionId(transitionId);
  }

  @Transactional(readOnly = true)
  public List<BudgetLine> linesOf(int fiscalYear) {
    return lines.findByFiscalYearOrderByOpdCode(fiscalYear);
  }

  /** What the year's revocations moved into the central line of {@code centralOffice}. */
  @Transactional(readOnly = true)
  public BigDecimal movedInto(String centralOffice, int fiscalYear) {
    return movements.sumMovedInto(centralOffice, fiscalYear);
  }

  private BudgetLine lineOrZero(OpdTransition transition) {
    return line(transition.opdCode(), transition.fiscalYear())
        .orElse(BudgetLine.active(transition.opdCode(), transition.fiscalYear(), BigDecimal.ZERO, BigDecimal.ZERO));
  }

  /**
   * Sites the OPD's line still pays, whatever the cut: until a site's central link is accepted
   * its own ISP stays paid. A site on its own ISP keeps its line until its old contract ends or
   * its link is accepted, whichever is later, and to the end of the fiscal year while its link is
   * not accepted. An exempted site is not accepted either: it keeps its line to the end of the
   * fiscal year, not only to its exemption's end, since at that end the Sekda may extend it or
   * have it connected, and it stays on its own line until its central link is accepted and its
   * old contract ended (Task_ConfirmExemptedIspTermination). An OPD without a survey yet (a cut
   * before it) keeps its whole remainder: none of its sites is on the central network.
   */
  private List<MovementPlan.RetainedSite> retainedSites(Long transitionId, BudgetLine line) {
    List<SiteSurvey> surveys = connections.latestSurveys(transitionId);
    if (surveys.isEmpty()) {
      return List.of(MovementPlan.RetainedSite.unsurveyed(line));
    }
    List<MovementPlan.RetainedSite> retained = new ArrayList<>();
    for (SiteSurvey survey : surveys) {
      Optional<SiteConnection> connection = connections.find(transitionId, survey.siteId());
      String name = sites.require(survey.siteId()).name();
      BigDecimal monthly = survey.current().monthlyCostRupiah();
      if (connection.map(c -> c.status() == SiteStatus.EXEMPTED).orElse(false)) {
        retained.add(new MovementPlan.RetainedSite(name, monthly, LocalDate.of(line.fiscalYear(), 12, 31)));
      } else if (survey.current().hasOwnIsp() && connection.map(c -> c.ispTermination() == null).orElse(true)) {
        retained.add(new MovementPlan.RetainedSite(name, monthly, ownLineUntil(survey, connection, line.fiscalYear())));
      }
    }
    return retained;
  }

  /**
   * Until when a site on its own ISP is paid from the OPD's line: to the end of the fiscal year
   * while its central link is not accepted, else until its old contract ends but not before the
   * day of acceptance.
   */
  private static LocalDate ownLineUntil(SiteSurvey survey, Optional<SiteConnection> connection, int fiscalYear) {
    LocalDate contractEnd = survey.current().contractEnd();
    Optional<LocalDate> acceptedOn = connection.map(SiteConnection::acceptance).map(SiteConnection.Acceptance::acceptedOn);
    if (acceptedOn.isEmpty()) {
      return LocalDate.of(fiscalYear, 12, 31);
    }
    return contractEnd == null || contractEnd.isBefore(acceptedOn.get()) ? acceptedOn.get() : contractEnd;
  }
}
