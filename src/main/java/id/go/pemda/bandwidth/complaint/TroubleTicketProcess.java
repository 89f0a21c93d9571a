package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.workflow.ProcessVariable;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts {@code iconplus-trouble-ticket.bpmn}, which sends one ticket to Icon+ with retries. */
@Component
public class TroubleTicketProcess {

  public static final ProcessVariable<Long> TICKET_ID = ProcessVariable.of("troubleTicketId", Long.class);

  private final RuntimeService runtime;

  public TroubleTicketProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  void start(TroubleTicket ticket) {
    runtime.startProcessInstanceByKey(TroubleTicket.PROCESS_KEY, ticket.opdCode(), Map.of(TICKET_ID.name(), ticket.id()));
  }
}
