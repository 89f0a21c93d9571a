package id.go.pemda.bandwidth.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** A repair request to Icon+ for a complaint found to be the provider's fault. */
public record TroubleTicket(
    @Id Long id, Long complaintId, String opdCode, String status, Instant createdAt, Instant repairedAt) {

  public static final String OPEN = "OPEN";

  public static TroubleTicket open(Complaint complaint, Instant at) {
    return new TroubleTicket(null, complaint.id(), complaint.opdCode(), OPEN, at, null);
  }
}
