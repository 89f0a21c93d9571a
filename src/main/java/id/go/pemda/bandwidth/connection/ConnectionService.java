package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.SitePlan;
import id.go.pemda.bandwidth.coordination.Solution;
import id.go.pemda.bandwidth.iconplus.IconPlusException;
import id.go.pemda.bandwidth.iconplus.IconPlusPort;
import id.go.pemda.bandwidth.iconplus.IconPlusProperties;
import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Connecting an OPD's sites, one by one and side by side: each approved site is ordered from
 * Icon+ (or, when it is Icon+'s customer already, its circuit moves into the central contract),
 * installed, accepted by the OPD, or exempted for a while by the Sekda.
 */
@Service
@Transactional
public class ConnectionService {

  private final ConnectionOrderRepository orders;
  private final SiteConnectionRepository connections;
  private final CoordinationService coordination;
  private final SurveyService surveys;
  private final SiteRegistry sites;
  private final TransitionService transitions;
  private final IconPlusPort provider;
  private final IconPlusProperties iconPlus;
  private final PemdaSettingsService settings;
  private final Clock clock;

  public ConnectionService(
      ConnectionOrderRepository orders,
      SiteConnectionRepository connections,
      CoordinationService coordination,
      SurveyService surveys,
      SiteRegistry sites,
      TransitionService transitions,
      IconPlusPort provider,
      IconPlusProperties iconPlus,
      PemdaSettingsService settings,
      Clock clock) {
    this.orders = orders;
    this.connections = connections;
    this.coordination = coordination;
    this.surveys = surveys;
    this.sites = sites;
    this.transitions = transitions;
    this.provider = provider;
    this.iconPlus = iconPlus;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The sites of an approved plan, each with its connection row; the transition is now at the
   * connection of its sites. Asking again returns the same sites.
   */
  public List<Long> sitesToConnect(Long transitionId) {
    transitions.moveTo(transitionId, TransitionStatus.CONNECTION);
    return coordination.currentPlans(transitionId).stream()
        .map(plan -> connections.findByTransitionIdAndSiteId(transitionId, plan.siteId())
            .orElseGet(() -> connections.save(SiteConnection.planned(transitionId, plan.siteId(), clock.instant()))))
        .map(SiteConnection::siteId)
        .toList();
  }

  /** Icon+'s customer already (and agreed so): its circuit moves; otherwise Icon+ installs. */
  @Transactional(readOnly = true)
  public SiteRoute routeOf(Long transitionId, Long siteId) {
    SitePlan plan = coordination.requirePlan(transitionId, siteId);
    return plan.agreement() != null && plan.agreement().solution() == Solution.ICONPLUS_ADOPTED
        ? SiteRoute.ADOPT
        : SiteRoute.ORDER;
  }

  /** The site's existing Icon+ circuit joins the central contract: nothing to install. */
  public SiteConnection adoptCircuit(Long transitionId, Long siteId) {
    String circuit = surveyOf(transitionId, siteId).current().iconplusCircuitId();
    return connections.save(require(transitionId, siteId).adopted(circuit, clock.instant()));
  }

  /** A new attempt to connect the site, from its approved plan. */
  public ConnectionOrder recordOrder(Long transitionId, Long siteId) {
    SitePlan plan = coordination.requirePlan(transitionId, siteId);
    OpdTransition transition = transitions.require(transitionId);
    Site site = sites.require(siteId);
    int attempt = (int) orders.countByTransitionIdAndSiteId(transitionId, siteId) + 1;
    ConnectionOrder order =
        orders.save(
            ConnectionOrder.record(
                transitionId, siteId, plan.id(), transition.opdCode(), plan.agreement().agreedMbps(),
                site.name() + ", " + site.address() + ", " + settings.ofName(transition.opdCode()).villagePrefix()
                    + site.kelurahan(), attempt, clock.instant()));
    connections.save(require(transitionId, siteId).ordered(order.id(), clock.instant()));
    return order;
  }

  /**
   * Sends the order to Icon+ (idempotent: a retry repeats the attempt's key and Icon+ answers
   * with the order it already has) and starts the installation SLA.
   */
  public ConnectionOrder sendOrder(Long orderId) {
    ConnectionOrder order = requireOrder(orderId);
    if (order.status() != OrderStatus.ORDERED) {
      return order;
    }
    Site site = sites.require(order.siteId());
    var contact = surveys.requireLatest(order.transitionId());
    Instant now = clock.instant();
    Instant dueAt = now.plus(iconPlus.installationSla());
    IconPlusPort.ProviderReceipt receipt =
        provider.createOrder(
            new IconPlusPort.OrderRequest(
                order.idempotencyKey(), order.opdCode(), site.name(), order.siteAddress(), order.bandwidthMbps(),
                contact.contactName(), contact.contactPhone(), zoneOf(order.transitionId()).dayOf(dueAt)));
    return orders.save(order.sent(new ConnectionOrder.Dispatch(receipt.id(), now, dueAt)));
  }

  /**
   * What Icon+ says about the order now, for Diskominfo chasing it; a provider that cannot be
   * reached is said so instead of failing the step.
   */
  @Transactional(readOnly = true)
  public String providerStatus(Long orderId) {
    ConnectionOrder order = requireOrder(orderId);
    if (order.providerOrderId() == null) {
      return "belum terkirim ke Icon+";
    }
    try {
      return provider.orderStatus(order.providerOrderId()).status();
    } catch (IconPlusException e) {
      return "tidak dapat dibaca: " + e.getMessage();
    }
  }

  /** Icon+ could not install: Diskominfo decides with the reason in view. */
  public ConnectionOrder recordFailure(Long orderId, String reason) {
    return orders.save(requireOrder(orderId).failed(reason));
  }

  /**
   * Diskominfo chased Icon+ about a late installation: the order waits until the promised day,
   * or is withdrawn (Icon+ is told by {@link #cancelAtProvider}).
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the outcome breaks a rule of {@link ChaseOutcome#check}
   */
  public ConnectionOrder chase(Long orderId, ChaseOutcome outcome) {
    ConnectionOrder order = requireOrder(orderId);
    PemdaZone zone = zoneOf(order.transitionId());
    outcome.check(zone.today(clock)).throwIfAny();
    return outcome.decision() == ChaseDecision.KEEP_WAITING
        ? orders.save(order.rescheduled(outcome.promisedDueAt(zone)))
        : orders.save(order.cancelled(outcome.cancellationReason()));
  }

  /** Tells Icon+ the order is withdrawn; idempotent, so the engine may retry it. */
  public void cancelAtProvider(Long orderId) {
    ConnectionOrder order = requireOrder(orderId);
    if (order.providerOrderId() != null) {
      provider.cancelOrder(order.providerOrderId(), order.idempotencyKey() + "-cancel", order.cancellationReason());
    }
  }

  public ConnectionOrder reschedule(Long orderId, Instant dueAt) {
    return orders.save(requireOrder(orderId).rescheduled(dueAt));
  }

  public ConnectionOrder recordInstallation(
      Long orderId, LocalDate installedOn, String circuitId, int installedMbps, String reportedBy) {
    ConnectionOrder order = requireOrder(orderId);
    connections.save(require(order.transitionId(), order.siteId()).installed(circuitId, clock.instant()));
    return orders.save(order.installed(new ConnectionOrder.Installation(installedOn, circuitId, installedMbps, reportedBy)));
  }

  /**
   * An installation Icon+ reported by phone or letter, which Diskominfo records.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link ConnectionOrder.Installation#check}
   */
  public ConnectionOrder confirmInstallation(Long orderId, ConnectionOrder.Installation installation) {
    installation.check(zoneOf(requireOrder(orderId).transitionId()).today(clock)).throwIfAny();
    return recordInstallation(
        orderId, installation.installedOn(), installation.circuitId(), installation.installedBandwidthMbps(),
        installation.reportedBy());
  }

  /**
   * The OPD tested the link of the order's site and signed the berita acara uji terima.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link SiteConnection.Acceptance#check}
   */
  public SiteConnection accept(Long orderId, SiteConnection.Acceptance acceptance) {
    ConnectionOrder order = requireOrder(orderId);
    acceptance.check(order.installation().installedOn(), zoneOf(order.transitionId()).today(clock)).throwIfAny();
    return connections.save(require(order.transitionId(), order.siteId()).accepted(acceptance, clock.instant()));
  }

  /**
   * Diskominfo's answer to an order Icon+ could not carry out: a new attempt (recorded by the
   * next order), another technical solution under the central contract, or the proposal that the
   * site keeps its own line until a date, for the Sekda.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link FailedOrderOutcome#check}
   */
  public void handleFailedOrder(Long transitionId, Long siteId, FailedOrderOutcome outcome) {
    outcome.check(zoneOf(transitionId).today(clock)).throwIfAny();
    switch (outcome.decision()) {
      case OTHER_SOLUTION -> coordination.otherSolution(transitionId, siteId, outcome.solutionNotes());
      case EXEMPTION -> connections.save(require(transitionId, siteId).exemptionProposed(
          new SiteConnection.Exemption(outcome.proposedExemptionUntil(), outcome.exemptionReason()), clock.instant()));
      case RESEND -> {
        // a new attempt of the same plan: the next order records it
      }
    }
  }

  /**
   * The Sekda's decision on Diskominfo's proposal: approved, the site keeps its own line until
   * the date, for the proposal's reason.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link ExemptionOutcome#check}
   */
  public void decideExemption(Long transitionId, Long siteId, ExemptionOutcome outcome) {
    OpdTransition transition = transitions.require(transitionId);
    outcome.check(transitions.zoneOf(transition).today(clock), transition.fiscalYear()).throwIfAny();
    if (outcome.decision() == ExemptionDecision.APPROVE) {
      SiteConnection connection = require(transitionId, siteId);
      connections.save(connection.exempted(
          new SiteConnection.Exemption(outcome.exemptedUntil(), connection.exemption().exemptionReason()), clock.instant()));
    }
  }

  /** Sites the Sekda exempted: each waits for its exemption's end. */
  @Transactional(readOnly = true)
  public List<Long> exemptedSites(Long transitionId) {
    return connections.findByTransitionIdOrderById(transitionId).stream()
        .filter(connection -> connection.status() == SiteStatus.EXEMPTED)
        .map(SiteConnection::siteId)
        .toList();
  }

  /** When a site's exemption ends: the end of its last day, WITA. */
  @Transactional(readOnly = true)
  public Instant exemptionEndsAt(Long transitionId, Long siteId) {
    return zoneOf(transitionId).at(require(transitionId, siteId).exemption().exemptedUntil(), java.time.LocalTime.of(23, 59));
  }

  /**
   * The decisions the Sekda may take today when an exemption of the transition ended, by the rule
   * {@link #decideExemptionEnd} keeps: an extension only while its latest day is still to come.
   */
  @Transactional(readOnly = true)
  public List<ExemptionEndDecision> exemptionEndDecisions(Long transitionId) {
    return ExemptionEndOutcome.open(zoneOf(transitionId).today(clock), transitions.require(transitionId).fiscalYear());
  }

  /** The latest day an exemption of the transition may be extended to. */
  @Transactional(readOnly = true)
  public LocalDate latestExemptionEnd(Long transitionId) {
    return ExemptionEndOutcome.latest(transitions.require(transitionId).fiscalYear());
  }

  /**
   * The Sekda's decision when a site's exemption ended: extended, the site keeps its own line
   * until the new day; to be connected, it stays exempted (on its own line) until Diskominfo
   * records its accepted link ({@link #connectExemptedSite}).
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link ExemptionEndOutcome#check}
   */
  public void decideExemptionEnd(Long transitionId, Long siteId, ExemptionEndOutcome outcome) {
    outcome.check(zoneOf(transitionId).today(clock), transitions.require(transitionId).fiscalYear()).throwIfAny();
    if (outcome.decision() == ExemptionEndDecision.EXTEND) {
      SiteConnection connection = require(transitionId, siteId);
      connections.save(connection.exempted(
          new SiteConnection.Exemption(outcome.newExemptedUntil(), connection.exemption().exemptionReason()), clock.instant()));
    }
  }

  /**
   * Diskominfo connected a site whose exemption ended: its circuit and its acceptance (BAUT),
   * tested not on a day still to come.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the acceptance is dated after today
   */
  public SiteConnection connectExemptedSite(Long transitionId, Long siteId, String circuitId, SiteConnection.Acceptance acceptance) {
    LocalDate today = zoneOf(transitionId).today(clock);
    new FieldErrors().rejectIf(acceptance.acceptedOn().isAfter(today), "acceptedOn", "tidak boleh setelah hari ini")
        .throwIfAny();
    return connections.save(require(transitionId, siteId).installed(circuitId, clock.instant()).accepted(acceptance, clock.instant()));
  }

  public SiteConnection recordIspTermination(
      Long transitionId, Long siteId, SiteConnection.IspTermination termination) {
    return connections.save(require(transitionId, siteId).ispTerminated(termination, clock.instant()));
  }

  /** Accepted sites that still pay their own ISP: their old contract is ended now. */
  @Transactional(readOnly = true)
  public List<Long> sitesWithOwnIsp(Long transitionId) {
    return connections.findByTransitionIdOrderById(transitionId).stream()
        .filter(connection -> paysOwnIsp(transitionId, connection))
        .map(SiteConnection::siteId)
        .toList();
  }

  /**
   * Whether a site's central link is accepted while it still pays its own ISP: its old contract
   * is to be ended (a site connected at its exemption's end, as any accepted site).
   */
  @Transactional(readOnly = true)
  public boolean paysOwnIsp(Long transitionId, Long siteId) {
    return paysOwnIsp(transitionId, require(transitionId, siteId));
  }

  private boolean paysOwnIsp(Long transitionId, SiteConnection connection) {
    return connection.status() == SiteStatus.ACCEPTED && surveyOf(transitionId, connection.siteId()).current().hasOwnIsp();
  }

  /** "3 dari 5 titik tersambung, 1 dikecualikan", for the Sekda's forms and the dashboard. */
  @Transactional(readOnly = true)
  public String progress(Long transitionId) {
    List<SiteConnection> all = connections.findByTransitionIdOrderById(transitionId);
    if (all.isEmpty()) {
      long surveyed = surveys.latestSites(transitionId).size();
      return surveyed == 0 ? "Belum ada titik tersurvei" : surveyed + " titik tersurvei, belum dipesan";
    }
    long exempted = all.stream().filter(c -> c.status() == SiteStatus.EXEMPTED).count();
    long connected = all.stream().filter(c -> c.status().settled() && c.status() != SiteStatus.EXEMPTED).count();
    return connected + " dari " + all.size() + " titik tersambung" + (exempted == 0 ? "" : ", " + exempted + " dikecualikan");
  }

  @Transactional(readOnly = true)
  public List<SiteConnection> connectionsOf(Long transitionId) {
    return connections.findByTransitionIdOrderById(transitionId);
  }

  @Transactional(readOnly = true)
  public Optional<SiteConnection> find(Long transitionId, Long siteId) {
    return connections.findByTransitionIdAndSiteId(transitionId, siteId);
  }

  @Transactional(readOnly = true)
  public SiteConnection require(Long transitionId, Long siteId) {
    return connections.findByTransitionIdAndSiteId(transitionId, siteId)
        .orElseThrow(() -> new IllegalStateException("Site " + siteId + " is not in transition " + transitionId));
  }

  @Transactional(readOnly = true)
  public ConnectionOrder currentOrder(Long transitionId, Long siteId) {
    Long orderId = require(transitionId, siteId).orderId();
    if (orderId == null) {
      throw new IllegalStateException("Site " + siteId + " of transition " + transitionId + " has no order");
    }
    return requireOrder(orderId);
  }

  /** The circuit Icon+ installed (or that moved) for a site of an OPD, if any. */
  @Transactional(readOnly = true)
  public Optional<String> circuitOf(Long transitionId, Long siteId) {
    return connections.findByTransitionIdAndSiteId(transitionId, siteId).map(SiteConnection::circuitId);
  }

  @Transactional(readOnly = true)
  public Optional<ConnectionOrder> findByProviderOrderId(String providerOrderId) {
    return orders.findByProviderOrderId(providerOrderId);
  }

  @Transactional(readOnly = true)
  public ConnectionOrder requireOrder(Long orderId) {
    return orders.findById(orderId).orElseThrow(() -> new IllegalStateException("No order with id " + orderId));
  }

  /** The sites of the OPD's latest survey, with what each answered. */
  @Transactional(readOnly = true)
  public List<SiteSurvey> latestSurveys(Long transitionId) {
    return surveys.latestSites(transitionId);
  }

  @Transactional(readOnly = true)
  public SiteSurvey surveyOf(Long transitionId, Long siteId) {
    return surveys.latestSites(transitionId).stream()
        .filter(survey -> survey.siteId().equals(siteId))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Site " + siteId + " is not in the survey of " + transitionId));
  }

  /** The day of a moment where the order's site is: in its Pemda's zone. */
  @Transactional(readOnly = true)
  public LocalDate dayOf(Long orderId, Instant moment) {
    return zoneOf(requireOrder(orderId).transitionId()).dayOf(moment);
  }

  /** The zone of the Pemda of a transition: its "today" and its deadlines. */
  private PemdaZone zoneOf(Long transitionId) {
    return transitions.zoneOf(transitions.require(transitionId));
  }
}
