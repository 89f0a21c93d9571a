package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;

/** One site of an OPD's transition: its order, acceptance, exemption and old contract. */
public record SiteConnection(
    @Id Long id,
    Long transitionId,
    Long siteId,
    SiteStatus status,
    Long orderId,
    String circuitId,
    @Embedded.Nullable Acceptance acceptance,
    @Embedded.Nullable Exemption exemption,
    @Embedded.Nullable IspTermination ispTermination,
    Instant updatedAt) {

  /** @param bautNumber the number of the berita acara uji terima */
  public record Acceptance(LocalDate acceptedOn, String bautNumber) {

    /** A link is tested after it is installed, and not on a day still to come. */
    FieldErrors check(LocalDate installedOn, LocalDate today) {
      return new FieldErrors().rejectIf(acceptedOn.isAfter(today) || acceptedOn.isBefore(installedOn),
          "acceptedOn", "antara tanggal instalasi (" + PemdaZone.formatDate(installedOn) + ") dan hari ini");
    }
  }

  /** Approved by the Sekda: the site keeps its own line until the end date. */
  public record Exemption(LocalDate exemptedUntil, String exemptionReason) {}

  /** @param ispTerminationSignedBy the Kepala Perangkat Daerah who signed the termination */
  public record IspTermination(
      LocalDate ispTerminatedOn, String ispTerminationReference, String ispTerminationSignedBy,
      String ispTerminationConfirmedBy) {}

  public static SiteConnection planned(Long transitionId, Long siteId, Instant at) {
    return new SiteConnection(null, transitionId, siteId, SiteStatus.PLANNED, null, null, null, null, null, at);
  }

  public SiteConnection ordered(Long newOrderId, Instant at) {
    return new SiteConnection(id, transitionId, siteId, SiteStatus.ORDERED, newOrderId, circuitId, acceptance, exemption,
        ispTermination, at);
  }

  public SiteConnection installed(String circuit, Instant at) {
    return new SiteConnection(id, transitionId, siteId, SiteStatus.INSTALLED, orderId, circuit, acceptance, exemption,
        ispTermination, at);
  }

  public SiteConnection adopted(String circuit, Instant at) {
    return new SiteConnection(id, transitionId, siteId, SiteStatus.ADOPTED, orderId, circuit, acceptance, exemption,
        ispTermination, at);
  }

  public SiteConnection accepted(Acceptance done, Instant at) {
    return new SiteConnection(id, transitionId, siteId, SiteStatus.ACCEPTED, orderId, circuitId, done, exemption,
        ispTermination, at);
  }

  /** Diskominfo proposes the exemption; the Sekda grants it with {@link #exempted}. */
  public SiteConnection exemptionProposed(Exemption proposal, Instant at) {
    return new SiteConnection(id, transitionId, siteId, status, orderId, circuitId, acceptance, proposal,
        ispTermination, at);
  }

  public SiteConnection exempted(Exemption granted, Instant at) {
    return new SiteConnection(id, transitionId, siteId, SiteStatus.EXEMPTED, orderId, circuitId, acceptance, granted,
        ispTermination, at);
  }

  public SiteConnection ispTerminated(IspTermination done, Instant at) {
    return new SiteConnection(id, transitionId, siteId, SiteStatus.ISP_TERMINATED, orderId, circuitId, acceptance,
        exemption, done, at);
  }
}
