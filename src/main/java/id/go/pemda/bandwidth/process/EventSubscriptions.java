package id.go.pemda.bandwidth.process;

import org.camunda.bpm.engine.RuntimeService;

/** Whether a process instance is waiting for a message right now. */
public final class EventSubscriptions {

  private EventSubscriptions() {}

  public static boolean isListening(RuntimeService runtime, String processInstanceId, String messageName) {
    return runtime
            .createEventSubscriptionQuery()
            .processInstanceId(processInstanceId)
            .eventName(messageName)
            .count()
        > 0;
  }
}
