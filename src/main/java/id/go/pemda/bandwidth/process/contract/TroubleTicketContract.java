package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.process.ProcessVariable;

/**
 * Sends one trouble ticket to Icon+ ({@code bpmn/iconplus-trouble-ticket.bpmn}), asynchronously
 * with retries; started by the application with the ticket's id.
 */
public final class TroubleTicketContract {

  public static final String KEY = "iconplus-trouble-ticket";

  public static final String TASK_SEND_TROUBLE_TICKET = "Task_SendTroubleTicket";

  public static final ProcessVariable<Long> TICKET_ID = ProcessVariable.of("troubleTicketId", Long.class);

  private TroubleTicketContract() {}
}
