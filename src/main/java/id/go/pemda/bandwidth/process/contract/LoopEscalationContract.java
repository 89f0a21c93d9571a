package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.process.ProcessVariable;

/**
 * A wait that went round too often, told to the Kepala Diskominfo or the Sekda
 * ({@code bpmn/loop-escalation.bpmn}): started by {@code process.transition.LoopEscalations}
 * when {@code transition.LoopCounter} says a round passed a limit, with business key = OPD code.
 */
public final class LoopEscalationContract {

  public static final String KEY = "loop-escalation";

  public static final String TASK_REVIEW_REPEATED_LOOP = "Task_ReviewRepeatedLoop";

  /**
   * What went round ended (the OPD's transition, or the complaint of a repair still down) before
   * anyone followed up: correlated by {@code process.escalation.LoopEscalationCorrelator} with
   * {@link #LOOP_ESCALATION_ID}, it withdraws the task.
   */
  public static final String MESSAGE_OWNER_ENDED = "LoopOwnerEnded";
  public static final String SUBPROCESS_OWNER_ENDED = "SubProcess_OwnerEnded";
  /** The interrupting message start of {@link #SUBPROCESS_OWNER_ENDED}. */
  public static final String EVENT_OWNER_ENDED = "StartEvent_OwnerEnded";
  public static final String TASK_CLOSE_WITHOUT_REVIEW = "Task_CloseEscalationWithoutReview";
  public static final String END_OWNER_ENDED = "EndEvent_ClosedOwnerEnded";
  public static final String END_REPEATED_LOOP_REVIEWED = "EndEvent_RepeatedLoopReviewed";

  /** The {@code loop_escalation} row the task follows up. */
  public static final ProcessVariable<Long> LOOP_ESCALATION_ID = ProcessVariable.of("loopEscalationId", Long.class);
  /** Who is told: a role of {@code identity.Groups} (kadis-diskominfo, sekda). */
  public static final ProcessVariable<String> ESCALATION_ROLE = ProcessVariable.of("escalationRole", String.class);
  /** The OPD whose wait went round; it gives the instance its Pemda. */
  public static final ProcessVariable<String> OPD_CODE = TransitionContract.OPD_CODE;
  /** When the Kepala or the Sekda should have followed up (shown in Tasklist). */
  public static final ProcessVariable<java.util.Date> FOLLOW_UP_DUE_AT =
      ProcessVariable.of("followUpDueAt", java.util.Date.class);

  private LoopEscalationContract() {}
}
