package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.TroubleTicketService;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendTroubleTicket (asynchronous, retried): opens the ticket at Icon+, once. */
@Component("sendTroubleTicket")
public class SendTroubleTicketDelegate implements JavaDelegate {

  private final TroubleTicketService tickets;

  public SendTroubleTicketDelegate(TroubleTicketService tickets) {
    this.tickets = tickets;
  }

  @Override
  public void execute(DelegateExecution execution) {
    tickets.send(ComplaintCaseContract.TICKET_ID.from(execution));
  }
}
