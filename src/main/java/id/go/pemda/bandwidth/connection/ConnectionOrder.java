package id.go.pemda.bandwidth.connection;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/**
 * A fiber connection order to Icon+ for one OPD site, and what was installed.
 *
 * @param attempt how many times the order was sent; a failed order is sent again as a new attempt
 * @param idempotencyKey sent with the order: a retry of the same attempt never orders twice
 * @param providerOrderId the id Icon+ gave the order
 * @param installationDueAt when Icon+ should have reported the installation (the SLA)
 */
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
    String reportedBy,
    int attempt,
    String idempotencyKey,
    String providerOrderId,
    Instant sentAt,
    Instant installationDueAt,
    String failureReason) {

  public static ConnectionOrder record(
      Long transitionId, Long planId, String opdCode, int bandwidthMbps, String siteAddress, Instant at) {
    return new ConnectionOrder(
        null, transitionId, planId, opdCode, bandwidthMbps, siteAddress, OrderStatus.ORDERED, at, null, null, null,
        null, 1, keyOf(transitionId, planId, 1), null, null, null, null);
  }

  /** Derived from the transition, so every retry of one attempt carries the same key. */
  static String keyOf(Long transitionId, Long planId, int attempt) {
    return "bandwidth-transition-" + transitionId + "-plan-" + planId + "-attempt-" + attempt;
  }

  public ConnectionOrder sent(String providerId, Instant at, Instant dueAt) {
    return new ConnectionOrder(
        id, transitionId, planId, opdCode, bandwidthMbps, siteAddress, OrderStatus.SENT, orderedAt, installedOn,
        circuitId, installedBandwidthMbps, reportedBy, attempt, idempotencyKey, providerId, at, dueAt, null);
  }

  public ConnectionOrder failed(String reason) {
    return new ConnectionOrder(
        id, transitionId, planId, opdCode, bandwidthMbps, siteAddress, OrderStatus.FAILED, orderedAt, installedOn,
        circuitId, installedBandwidthMbps, reportedBy, attempt, idempotencyKey, providerOrderId, sentAt,
        installationDueAt, reason);
  }

  public ConnectionOrder nextAttempt() {
    int next = attempt + 1;
    return new ConnectionOrder(
        id, transitionId, planId, opdCode, bandwidthMbps, siteAddress, OrderStatus.ORDERED, orderedAt, installedOn,
        circuitId, installedBandwidthMbps, reportedBy, next, keyOf(transitionId, planId, next), null, null, null,
        failureReason);
  }

  public ConnectionOrder rescheduled(Instant dueAt) {
    return new ConnectionOrder(
        id, transitionId, planId, opdCode, bandwidthMbps, siteAddress, status, orderedAt, installedOn, circuitId,
        installedBandwidthMbps, reportedBy, attempt, idempotencyKey, providerOrderId, sentAt, dueAt, failureReason);
  }

  public ConnectionOrder installed(LocalDate on, String circuit, int mbps, String reporter) {
    return new ConnectionOrder(
        id, transitionId, planId, opdCode, bandwidthMbps, siteAddress, OrderStatus.INSTALLED, orderedAt, on,
        circuit, mbps, reporter, attempt, idempotencyKey, providerOrderId, sentAt, installationDueAt,
        failureReason);
  }
}
