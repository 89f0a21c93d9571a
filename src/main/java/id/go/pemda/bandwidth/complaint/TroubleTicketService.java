package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.iconplus.IconPlusPort;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trouble tickets at Icon+: sent once (idempotently), repaired as Icon+ reports. */
@Service
@Transactional
public class TroubleTicketService {

  private final TroubleTicketRepository tickets;
  private final ComplaintService complaints;
  private final ConnectionService connections;
  private final IconPlusPort provider;
  private final Clock clock;
  private final JdbcClient jdbc;

  public TroubleTicketService(
      TroubleTicketRepository tickets,
      ComplaintService complaints,
      ConnectionService connections,
      IconPlusPort provider,
      Clock clock,
      JdbcClient jdbc) {
    this.tickets = tickets;
    this.complaints = complaints;
    this.connections = connections;
    this.provider = provider;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /**
   * Diskominfo records a repair Icon+ reported by phone or letter: the ticket is repaired as if
   * Icon+ had called back, and what Icon+ said is kept ({@code repair_report}).
   */
  public Complaint recordRepairReport(Long ticketId, String report, String by) {
    TroubleTicket ticket = complaints.requireTicket(ticketId);
    if (ticket.status() != TicketStatus.OPEN) {
      throw new IllegalStateException("Ticket " + ticketId + " is " + ticket.status() + ", not waiting for a repair");
    }
    jdbc.sql("insert into repair_report (ticket_id, report, reported_by, reported_at) values (?, ?, ?, ?)")
        .param(ticketId).param(report).param(by).param(java.sql.Timestamp.from(clock.instant())).update();
    return complaints.repaired(ticket);
  }

  /** What Diskominfo recorded of a repair Icon+ reported outside its callbacks, if it did. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> repairReport(Long ticketId) {
    return jdbc.sql("select report from repair_report where ticket_id = ?").param(ticketId).query(String.class).optional();
  }

  /** Sends the ticket to Icon+; a retry after a timeout finds it sent, or Icon+ answers with the same. */
  public TroubleTicket send(Long ticketId) {
    TroubleTicket ticket = complaints.requireTicket(ticketId);
    if (ticket.providerTicketId() != null) {
      return ticket;
    }
    Complaint complaint = complaints.require(ticket.complaintId());
    String circuit =
        complaint.transitionId() == null || complaint.siteId() == null
            ? null
            : connections.circuitOf(complaint.transitionId(), complaint.siteId()).orElse(null);
    IconPlusPort.ProviderReceipt receipt =
        provider.createTroubleTicket(
            new IconPlusPort.TicketRequest(
                ticket.idempotencyKey(), ticket.opdCode(), circuit, complaint.category().name(),
                complaint.description()));
    return tickets.save(ticket.sent(receipt.id(), clock.instant()));
  }

  @Transactional(readOnly = true)
  public Optional<TroubleTicket> findByProviderTicketId(String providerTicketId) {
    return tickets.findByProviderTicketId(providerTicketId);
  }
}
