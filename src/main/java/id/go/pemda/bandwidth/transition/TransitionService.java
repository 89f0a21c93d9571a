package id.go.pemda.bandwidth.transition;

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
public class TransitionService {

  private final OpdTransitionRepository transitions;
  private final DecisionRecordRepository decisions;
  private final Clock clock;

  public TransitionService(OpdTransitionRepository transitions, DecisionRecordRepository decisions, Clock clock) {
    this.transitions = transitions;
    this.decisions = decisions;
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
                        .deadline(deadline)
                        .build()));
  }

  /** The OPD's most recent transition, running or ended. */
  @Transactional(readOnly = true)
  public Optional<OpdTransition> latestOf(String opdCode) {
    return transitions.findFirstByOpdCodeOrderByIdDesc(opdCode);
  }

  public OpdTransition extendDeadline(Long transitionId, Instant newDeadline) {
    return transitions.save(require(transitionId).toBuilder().deadline(newDeadline).build());
  }

  public OpdTransition recordAcceptance(Long transitionId, LocalDate on) {
    return transitions.save(require(transitionId).toBuilder().acceptedOn(on).build());
  }

  @Transactional(readOnly = true)
  public OpdTransition require(Long transitionId) {
    return transitions
        .findById(transitionId)
        .orElseThrow(() -> new IllegalStateException("No transition with id " + transitionId));
  }

  public OpdTransition moveTo(Long transitionId, TransitionStatus status) {
    return transitions.save(require(transitionId).toBuilder().status(status).build());
  }

  public OpdTransition startEvaluationPeriod(Long transitionId) {
    return transitions.save(require(transitionId).toBuilder()
            .status(TransitionStatus.EVALUATION)
            .evaluationStartedAt(clock.instant())
            .build());
  }

  public OpdTransition recordIspTermination(
      Long transitionId, LocalDate terminatedOn, String reference, String confirmedBy) {
    return transitions.save(require(transitionId).toBuilder()
            .ispTerminatedOn(terminatedOn)
            .ispTerminationReference(reference)
            .ispTerminationConfirmedBy(confirmedBy)
            .build());
  }

  public OpdTransition complete(Long transitionId) {
    return transitions.save(require(transitionId).toBuilder()
            .status(TransitionStatus.COMPLETED)
            .endedAt(clock.instant())
            .build());
  }

  public DecisionRecord recordDecision(
      Long transitionId, String step, Enum<?> decision, String reason, String decidedBy) {
    return decisions.save(
        new DecisionRecord(null, transitionId, step, decision.name(), reason, decidedBy, clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<DecisionRecord> latestDecision(Long transitionId, String step) {
    return decisions.findFirstByTransitionIdAndStepOrderByIdDesc(transitionId, step);
  }

  @Transactional(readOnly = true)
  public List<DecisionRecord> decisions(Long transitionId) {
    return decisions.findByTransitionIdOrderById(transitionId);
  }
}
