package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Delivers what Icon+ reports about one order to the site waiting for it. Several sites of one
 * transition wait at once, each with its own order in its own scope, so the message goes to the
 * one execution whose order it is, never to the process instance as a whole.
 */
@Component
public class InstallationCorrelator {

  private final RuntimeService runtime;
  private final ManagementService management;

  public InstallationCorrelator(RuntimeService runtime, ManagementService management) {
    this.runtime = runtime;
    this.management = management;
  }

  /** Whether the site of this order waits for Icon+'s report right now. */
  public boolean isWaiting(String processInstanceId, Long orderId) {
    return waiting(processInstanceId, orderId, TransitionContract.MESSAGE_INSTALLATION_COMPLETED).isPresent();
  }

  public void installationCompleted(String processInstanceId, Long orderId) {
    deliver(processInstanceId, orderId, TransitionContract.MESSAGE_INSTALLATION_COMPLETED);
  }

  public void installationFailed(String processInstanceId, Long orderId) {
    deliver(processInstanceId, orderId, TransitionContract.MESSAGE_INSTALLATION_FAILED);
  }

  /** Moves the SLA timer of the waiting site to the date Icon+ now promises. */
  public void moveInstallationDue(String processInstanceId, Long orderId, Date dueAt) {
    for (Job job : management.createJobQuery()
        .processInstanceId(processInstanceId)
        .activityId(TransitionContract.EVENT_INSTALLATION_OVERDUE)
        .list()) {
      if (orderId.equals(orderOf(job.getExecutionId()))) {
        management.setJobDuedate(job.getId(), dueAt);
        runtime.setVariable(job.getExecutionId(), TransitionContract.INSTALLATION_DUE_AT.name(), dueAt);
      }
    }
  }

  /**
   * A copy of the same report, handled side by side, may have taken the event since the caller
   * found the site waiting: that is said as the engine says it of a message nobody waits for
   * ({@link MismatchingMessageCorrelationException}), so the caller tries again and finds the
   * copy's record. The engine has marked the callback's transaction rollback-only by then; the
   * rethrow rolls it back whole, and the retry runs in a new one (unlike {@link #orderOf}, where
   * a missing execution is an answer, not a failure).
   */
  private void deliver(String processInstanceId, Long orderId, String message) {
    EventSubscription subscription = waiting(processInstanceId, orderId, message)
        .orElseThrow(() -> taken(message, processInstanceId, orderId));
    try {
      runtime.messageEventReceived(message, subscription.getExecutionId());
    } catch (NullValueException gone) {
      throw taken(message, processInstanceId, orderId);
    }
  }

  private static MismatchingMessageCorrelationException taken(String message, String processInstanceId, Long orderId) {
    return new MismatchingMessageCorrelationException(
        message, "no site of " + processInstanceId + " waits for order " + orderId + " any more");
  }

  private Optional<EventSubscription> waiting(String processInstanceId, Long orderId, String message) {
    return runtime.createEventSubscriptionQuery()
        .processInstanceId(processInstanceId)
        .eventType("message")
        .eventName(message)
        .list()
        .stream()
        .filter(subscription -> orderId.equals(orderOf(subscription.getExecutionId())))
        .findFirst();
  }

  /**
   * The order of the site an execution belongs to (declared in the site's scope); none when the
   * execution has ended since it was listed (a sibling site's report, handled side by side, moved
   * it on), so a site that is gone is not waiting rather than an error. Asked with a query first:
   * a failed engine call inside the callback's transaction marks the whole transaction for
   * rollback, even when caught. Should the execution end between the query and the read, that is
   * said as the engine says it of a message nobody waits for, and the caller tries again in a new
   * transaction.
   */
  private Long orderOf(String executionId) {
    if (runtime.createExecutionQuery().executionId(executionId).count() == 0) {
      return null;
    }
    Object value;
    try {
      value = runtime.getVariable(executionId, TransitionContract.CONNECTION_ORDER_ID.name());
    } catch (NullValueException gone) {
      throw new MismatchingMessageCorrelationException(
          TransitionContract.MESSAGE_INSTALLATION_COMPLETED, "execution " + executionId + " ended while it was read");
    }
    return value instanceof Number number ? number.longValue() : null;
  }
}
