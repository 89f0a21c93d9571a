package id.go.pemda.bandwidth.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * A repair request to Icon+ for a complaint found to be the provider's fault.
 *
 * @param providerTicketId the id Icon+ gave the ticket once it was sent
 * @param caseProcessInstanceId the complaint's case, which waits for the repair
 * @param repairDueAt by when Icon+ should have repaired, from the complaint's severity
 */
public record TroubleTicket(
    @Id Long id,
    Long complaintId,
    String opdCode,
    TicketStatus status,
    Instant createdAt,
    Instant repairDueAt,
    String caseProcessInstanceId,
    String providerTicketId,
    Instant sentAt,
    Instant repairedAt,
    Instant escalatedAt,
    Instant confirmedAt,
    String confirmedBy,
    String confirmationNotes) {

  public static TroubleTicket open(Complaint complaint, String caseProcessInstanceId, Instant at) {
    return new TroubleTicket(null, complaint.id(), complaint.opdCode(), TicketStatus.OPEN, at,
        at.plus(complaint.severity().repairTime()), caseProcessInstanceId, null, null, null, null, null, null, null);
  }

  /** Derived from the ticket, so a retried call never opens a second ticket at Icon+. */
  public String idempotencyKey() {
    return "bandwidth-complaint-" + complaintId + "-ticket-" + id;
  }

  public TroubleTicket sent(String providerId, Instant at) {
    return new TroubleTicket(id, complaintId, opdCode, status, createdAt, repairDueAt, caseProcessInstanceId, providerId,
        at, repairedAt, escalatedAt, confirmedAt, confirmedBy, confirmationNotes);
  }

  public TroubleTicket repaired(Instant at) {
    return new TroubleTicket(id, complaintId, opdCode, TicketStatus.REPAIRED, createdAt, repairDueAt,
        caseProcessInstanceId, providerTicketId, sentAt, at, escalatedAt, confirmedAt, confirmedBy, confirmationNotes);
  }

  public TroubleTicket escalated(Instant at) {
    return new TroubleTicket(id, complaintId, opdCode, status, createdAt, repairDueAt, caseProcessInstanceId,
        providerTicketId, sentAt, repairedAt, escalatedAt != null ? escalatedAt : at, confirmedAt, confirmedBy,
        confirmationNotes);
  }

  /** The OPD's check after the repair: who, when, and what it saw. */
  public TroubleTicket closedAs(TicketStatus outcome, Instant at, String by, String notes) {
    return new TroubleTicket(id, complaintId, opdCode, outcome, createdAt, repairDueAt, caseProcessInstanceId,
        providerTicketId, sentAt, repairedAt, escalatedAt, at, by, notes);
  }
}
