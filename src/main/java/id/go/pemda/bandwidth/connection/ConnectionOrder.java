package id.go.pemda.bandwidth.connection;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** A fiber connection order to Icon+ for one OPD site, and what was installed. */
public record ConnectionOrder(
    @Id Long id,
    Long transitionId,
    Long planId,
    String opdCode,
    int bandwidthMbps,
    String siteAddress,
    OrderStatus status,
    Instant orderedAt,
    LocalDate installedOn,
    String circuitId,
    Integer installedBandwidthMbps,
    String reportedBy) {

  public ConnectionOrder installed(LocalDate on, String circuit, int mbps, String reporter) {
    return new ConnectionOrder(
        id, transitionId, planId, opdCode, bandwidthMbps, siteAddress, OrderStatus.INSTALLED, orderedAt,
        on, circuit, mbps, reporter);
  }
}
