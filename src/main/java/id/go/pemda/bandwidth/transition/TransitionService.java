package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.campaign.OpenTransitions;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.shared.TransactionMemo;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The transition row of each OPD and the decision log of its steps. */
@Service
@Transactional
public class TransitionService implements OpenTransitions {

  private final OpdTransitionRepository transitions;
  /** One read of a transition per transaction; this service is its only writer, and forgets it on save. */
  private final TransactionMemo<Long, OpdTransition> byId = new TransactionMemo<>();
  private final DecisionRecordRepository decisions;
  private final PemdaSettingsService settings;
  private final Clock clock;

  public TransitionService(
      OpdTransitionRepository transitions, DecisionRecordRepository decisions, PemdaSettingsService settings,
      Clock clock) {
    this.transitions = transitions;
    this.decisions = decisions;
    this.settings = settings;
    this.clock = clock;
  }

  /** Registers the transition of a process instance; a retried call returns the same row. */
  public OpdTransition register(
      Long campaignId, String opdCode, int fiscalYear, Instant deadline, String processInstanceId) {
    return transitions
        .findByProcessInstanceId(processInstanceId)
        .orElseGet(
            () ->
                transitions.save(
                    OpdTransition.start(opdCode, fiscalYear)
                        .campaignId(campaignId)
                        .processInstanceId(processInstanceId)
                        .startedAt(clock.instant())
                        .statusSince(clock.instant())
                        .deadline(deadline)
                        .build()));
  }

  /** The OPD's most recent transition, running or ended. */
  @Transactional(readOnly = true)
  public Optional<OpdTransition> latestOf(String opdCode) {
    return transitions.findFirstByOpdCodeOrderByIdDesc(opdCode);
  }

  /** One OPD, one open transition: the one it is still in, as a later program says it. */
  @Override
  @Transactional(readOnly = true)
  public Optional<String> openTransitionOf(String opdCode) {
    return latestOf(opdCode)
        .filter(OpdTransition::inTransition)
        .map(open -> "masih dalam transisi OPD TA " + open.fiscalYear() + " (tahap: " + open.status().label()
            + "); satu OPD hanya dalam satu transisi terbuka");
  }

  /**
   * The Sekda's decision on an OPD still in transition at its deadline: extended, the deadline is
   * the end of the new day in the Pemda's zone; cut, the process moves the budget.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link OverdueOutcome#check}
   */
  public OpdTransition decideOverdue(Long transitionId, OverdueOutcome outcome) {
    OpdTransition transition = require(transitionId);
    PemdaZone zone = zoneOf(transition);
    outcome.check(zone.today(clock), latestExtension(transition)).throwIfAny();
    if (outcome.decision() != OverdueDecision.EXTEND) {
      return transition;
    }
    return saved(transition.toBuilder().deadline(TransitionDeadline.endOf(outcome.newDeadline(), zone)).build());
  }

  /**
   * The decisions the Sekda may take today on a transition past its deadline, by the rule
   * {@link #decideOverdue} keeps: an extension only while the latest extension is still to come.
   */
  @Transactional(readOnly = true)
  public List<OverdueDecision> overdueDecisions(OpdTransition transition) {
    return OverdueOutcome.open(zoneOf(transition).today(clock), latestExtension(transition));
  }

  /** The latest day of its fiscal year the Sekda may extend a transition's deadline to. */
  public LocalDate latestExtension(OpdTransition transition) {
    return settings.ofName(transition.opdCode()).latestExtension().atYear(transition.fiscalYear());
  }

  /** The time zone of the transition's Pemda: its deadlines and days are in it. */
  @Transactional(readOnly = true)
  public PemdaZone zoneOf(OpdTransition transition) {
    return settings.zoneOfOpd(transition.opdCode());
  }

  @Transactional(readOnly = true)
  public OpdTransition require(Long transitionId) {
    OpdTransition transition = byId.get(transitionId, id -> transitions.findById(id).orElse(null));
    if (transition == null) {
      throw new IllegalStateException("No transition with id " + transitionId);
    }
    return transition;
  }

  public OpdTransition moveTo(Long transitionId, TransitionStatus status) {
    OpdTransition transition = require(transitionId);
    return save(transition, transition.toBuilder().status(status).build());
  }

  /**
   * Every site is on the central network or exempted: the network part is done. Monitoring comes
   * next, unless the Sekda already cut the budget (then its move, or the old contracts' end).
   */
  public OpdTransition recordNetworkReady(Long transitionId) {
    OpdTransition transition = require(transitionId);
    TransitionStatus next = transition.budgetRevokedAt() != null
        ? TransitionStatus.ISP_TERMINATION
        : transition.cutRequestedAt() != null ? TransitionStatus.BUDGET_REVOCATION : TransitionStatus.MONITORING;
    return save(transition, transition.toBuilder().networkReadyAt(clock.instant()).status(next).build());
  }

  /** The quiet stretch passed and the Kepala Diskominfo confirmed it: the Sekda decides on the budget. */
  public OpdTransition recordQuietPeriodOver(Long transitionId) {
    return moveTo(transitionId, TransitionStatus.REVOCATION_APPROVAL);
  }

  /**
   * BPKAD is to record the move. A cut made while the sites are still being connected keeps the
   * network's stage: the stage says where the OPD's internet stands, the cut is a moment of its own.
   */
  public OpdTransition startBudgetRevocation(Long transitionId) {
    OpdTransition transition = require(transitionId);
    return transition.networkReadyAt() == null ? transition : moveTo(transitionId, TransitionStatus.BUDGET_REVOCATION);
  }

  /** The quiet stretch is measured from now. */
  public OpdTransition startMonitoring(Long transitionId) {
    OpdTransition transition = require(transitionId);
    return save(transition, transition.toBuilder()
        .status(TransitionStatus.MONITORING)
        .evaluationStartedAt(clock.instant())
        .build());
  }

  /** The Sekda cut the OPD's budget before the monitoring ended ("putus saja" or at the deadline). */
  public OpdTransition recordCutRequested(Long transitionId) {
    OpdTransition transition = require(transitionId);
    if (transition.cutRequestedAt() != null) {
      return transition;
    }
    return saved(transition.toBuilder().cutRequestedAt(clock.instant()).build());
  }

  /** BPKAD recorded the budget moved; the network, if it is not ready yet, goes on. */
  public OpdTransition recordBudgetRevoked(Long transitionId) {
    OpdTransition transition = require(transitionId);
    TransitionStatus next = transition.networkReadyAt() == null ? transition.status() : TransitionStatus.ISP_TERMINATION;
    return save(transition, transition.toBuilder().budgetRevokedAt(clock.instant()).status(next).build());
  }

  public OpdTransition complete(Long transitionId) {
    OpdTransition transition = require(transitionId);
    return save(transition, transition.toBuilder()
            .status(TransitionStatus.COMPLETED)
            .endedAt(clock.instant())
            .build());
  }

  public DecisionRecord recordDecision(
      Long transitionId, String step, Enum<?> decision, String reason, String decidedBy) {
    return decisions.save(
        new DecisionRecord(null, transitionId, step, decision.name(), reason, decidedBy, clock.instant()));
  }

  /** A reminder or an escalation: someone followed up, in their own words. */
  public DecisionRecord recordFollowUp(Long transitionId, String step, String notes, String by) {
    return decisions.save(
        new DecisionRecord(null, transitionId, step, DecisionRecord.FOLLOWED_UP, notes, by, clock.instant()));
  }

  /** The program's transitions not completed yet, in the order they were registered. */
  @Transactional(readOnly = true)
  public List<OpdTransition> unfinished(Long campaignId) {
    return transitions.findByCampaignIdOrderById(campaignId).stream()
        .filter(transition -> transition.status() != TransitionStatus.COMPLETED)
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<DecisionRecord> latestDecision(Long transitionId, String step) {
    return decisions.findFirstByTransitionIdAndStepOrderByIdDesc(transitionId, step);
  }

  @Transactional(readOnly = true)
  public List<DecisionRecord> decisions(Long transitionId) {
    return decisions.findByTransitionIdOrderById(transitionId);
  }

  /** Saves a change; a new status is stamped with its moment, so reports can say since when. */
  private OpdTransition save(OpdTransition before, OpdTransition after) {
    return saved(
        after.status() == before.status() ? after : after.toBuilder().statusSince(clock.instant()).build());
  }

  private OpdTransition saved(OpdTransition transition) {
    byId.forget(transition.id());
    return transitions.save(transition);
  }
}
