package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.iconplus.IconPlusPort;
import java.time.Clock;
import java.util.Optional;
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

  public TroubleTicketService(
      TroubleTicketRepository tickets,
      ComplaintService complaints,
      ConnectionService connections,
      IconPlusPort provider,
      Clock clock) {
    this.tickets = tickets;
    this.complaints = complaints;
    this.connections = connections;
    this.provider = provider;
    this.clock = clock;
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
