package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.connection.SiteStatus;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.SitePlan;
import id.go.pemda.bandwidth.coordination.SitePlanRepository;
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
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<BudgetLine> line(String opdCode, int fiscalYear) {
    return lines.findByOpdCodeAndFiscalYearAndAccountCode(opdCode, fiscalYear, BudgetLine.INTERNET_ACCOUNT);
  }

  /** Records a line once; recording it again keeps the first amounts. */
  public BudgetLine record(String opdCode, int fiscalYear, BigDecimal amount, BigDecimal realized) {
    return line(opdCode, fiscalYear).orElseGet(() -> lines.save(BudgetLine.active(opdCode, fiscalYear, amount, realized)));
  }

  /** What moving the transition's line on {@code day} would do. */
  @Transactional(readOnly = true)
  public MovementPlan plan(Long transitionId, LocalDate day) {
    OpdTransition transition = transitions.require(transitionId);
    BudgetLine line = lineOrZero(transition);
    return MovementPlan.on(day, line, settings.ofName(transition.opdCode()).apbdAdoptedBy(), retainedSites(transitionId));
  }

  /**
   * The last day the OPD's line pays a site's own ISP: its old contract must end by then. Before
   * the budget moved the whole fiscal year is still paid.
   */
  @Transactional(readOnly = true)
  public LocalDate paidUntil(Long transitionId, Long siteId) {
    OpdTransition transition = transitions.require(transitionId);
    Optional<BudgetLine.Movement> movement = lineOrZero(transition).movement() == null
        ? Optional.empty()
        : Optional.of(lineOrZero(transition).movement());
    LocalDate contractEnd = connections.surveyOf(transitionId, siteId).current().contractEnd();
    return movement
        .map(moved -> MovementPlan.paidUntil(moved.effectiveFrom(), contractEnd, transition.fiscalYear()))
        .orElse(LocalDate.of(transition.fiscalYear(), 12, 31));
  }

  /**
   * The Sekda's decision after the monitoring: approved, BPKAD moves the line next; deferred,
   * another monitoring period starts from now.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link RevocationDecision#check}
   */
  public void decideRevocation(Long transitionId, RevocationDecision decision) {
    decision.check(complaints.openOf(transitionId).size()).throwIfAny();
    if (decision == RevocationDecision.DEFER) {
      transitions.startMonitoring(transitionId);
    }
  }

  /**
   * Moves the OPD's line by the document's instrument and raises the central line by the same
   * amount. Recorded once per transition: asking again returns the line as it was moved.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the document breaks a rule of {@link RevocationDocument#check}
   */
  public BudgetLine revoke(Long transitionId, RevocationDocument document, String by) {
    OpdTransition transition = transitions.require(transitionId);
    if (movements.findByTransitionId(transitionId).isPresent()) {
      return lineOrZero(transition);
    }
    BudgetLine line = line(transition.opdCode(), transition.fiscalYear())
        .orElseGet(() -> lines.save(BudgetLine.active(transition.opdCode(), transition.fiscalYear(), BigDecimal.ZERO, BigDecimal.ZERO)));
    PemdaSettings own = settings.ofName(transition.opdCode());
    MovementPlan plan = MovementPlan.on(document.documentDate(), line, own.apbdAdoptedBy(), retainedSites(transitionId));
    document.check(own.zone().today(clock), plan).throwIfAny();
    BudgetLine moved = lines.save(line.moved(new BudgetLine.Movement(
        plan.moved(), document.instrument(), document.documentNumber(), document.documentDate(), plan.effectiveFrom(),
        clock.instant(), by)));
    // the money goes to the central office of the OPD's own Pemda
    String centralOffice = Tenants.opdCode(own.tenantId(), own.centralOfficeCode());
    BudgetLine central = record(centralOffice, transition.fiscalYear(), BigDecimal.ZERO, BigDecimal.ZERO);
    lines.save(central.raisedBy(plan.moved()));
    movements.save(new BudgetMovement(
        null, transitionId, transition.fiscalYear(), transition.opdCode(), centralOffice, plan.moved(),
        document.instrument(), document.documentNumber(), document.documentDate(), by, clock.instant()));
    transitions.recordBudgetRevoked(transitionId);
    return moved;
  }

  /**
   * The OPD ended one site's old ISP contract.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the letter breaks a rule of {@link IspTerminationLetter#check}
   */
  public SiteConnection confirmIspTermination(Long transitionId, Long siteId, IspTerminationLetter letter, String by) {
    letter.check(paidUntil(transitionId, siteId)).throwIfAny();
    return connections.recordIspTermination(transitionId, siteId, new SiteConnection.IspTermination(
        letter.ispTerminatedOn(), letter.ispTerminationReference(), letter.signerName(), by));
  }

  /** How long BPKAD has to record a move before the Sekda is reminded. */
  public static final Duration RECORDING_TIME = Duration.ofDays(14);
  /** The least time an OPD gets to end an old contract, whatever its notice period says. */
  public static final Duration SHORTEST_TERMINATION_TIME = Duration.ofDays(7);

  /** BPKAD is to record the move: by when. */
  public Instant startRevocation(Long transitionId) {
    transitions.startBudgetRevocation(transitionId);
    return clock.instant().plus(RECORDING_TIME);
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
    BigDecimal central = line(Tenants.opdCode(tenantId, settings.of(tenantId).centralOfficeCode()), fiscalYear).map(BudgetLine::amountRupiah).orElse(BigDecimal.ZERO);
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

  @Transactional(readOnly = true)
  public List<BudgetMovement> movementsOf(int fiscalYear) {
    return movements.findByFiscalYearOrderById(fiscalYear);
  }

  private BudgetLine lineOrZero(OpdTransition transition) {
    return line(transition.opdCode(), transition.fiscalYear())
        .orElse(BudgetLine.active(transition.opdCode(), transition.fiscalYear(), BigDecimal.ZERO, BigDecimal.ZERO));
  }

  /**
   * Sites the OPD's line still pays: exempted ones until their exemption ends, those with their
   * own ISP until the old contract ends. An OPD without a survey yet retains nothing it knows of.
   */
  private List<MovementPlan.RetainedSite> retainedSites(Long transitionId) {
    List<MovementPlan.RetainedSite> retained = new ArrayList<>();
    for (SiteSurvey survey : connections.latestSurveys(transitionId)) {
      Optional<SiteConnection> connection = connections.find(transitionId, survey.siteId());
      String name = sites.require(survey.siteId()).name();
      BigDecimal monthly = survey.current().monthlyCostRupiah();
      if (connection.map(c -> c.status() == SiteStatus.EXEMPTED).orElse(false)) {
        retained.add(new MovementPlan.RetainedSite(name, monthly, connection.get().exemption().exemptedUntil()));
      } else if (survey.current().hasOwnIsp() && connection.map(c -> c.ispTermination() == null).orElse(true)) {
        retained.add(new MovementPlan.RetainedSite(name, monthly, survey.current().contractEnd()));
      }
    }
    return retained;
  }
}
