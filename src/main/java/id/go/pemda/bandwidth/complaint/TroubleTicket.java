package id.go.pemda.bandwidth.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * A repair request to Icon+ for a complaint found to be the provider's fault.
 *
 * @param providerTicketId the id Icon+ gave the ticket once it was sent
 */
public record TroubleTicket(
    @Id Long id,
    Long complaintId,
    String opdCode,
    String status,
    Instant createdAt,
    Instant repairedAt,
    String providerTicketId,
    Instant sentAt) {

  public static final String OPEN = "OPEN";
  public static final String REPAIRED = "REPAIRED";
  public static final String PROCESS_KEY = "iconplus-trouble-ticket";

  public static TroubleTicket open(Complaint complaint, Instant at) {
    return new TroubleTicket(null, complaint.id(), complaint.opdCode(), OPEN, at, null, null, null);
  }

  /** Derived from the ticket, so a retried call never opens a second ticket at Icon+. */
  public String idempotencyKey() {
    return "bandwidth-complaint-" + complaintId + "-ticket-" + id;
  }

  public TroubleTicket sent(String providerId, Instant at) {
    return new TroubleTicket(id, complaintId, opdCode, status, createdAt, repairedAt, providerId, at);
  }

  public TroubleTicket repaired(Instant at) {
    return new TroubleTicket(id, complaintId, opdCode, REPAIRED, createdAt, at, providerTicketId, sentAt);
  }
}
