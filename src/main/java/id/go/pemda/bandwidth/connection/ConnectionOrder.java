package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.FieldErrors;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * One attempt to have Icon+ connect one site: recorded, sent, then installed, failed or
 * cancelled. A new attempt is a new order with a new idempotency key; a retry of the same
 * attempt carries the same key, so Icon+ never gets two orders for one attempt.
 *
 * @param dispatch what Icon+ answered when the order was sent, and by when it should install
 * @param installation what Icon+ (or Diskominfo, by phone) reported installed
 */
public record ConnectionOrder(
    @Id Long id,
    Long transitionId,
    Long siteId,
    Long planId,
    String opdCode,
    int bandwidthMbps,
    String siteAddress,
    OrderStatus status,
    int attempt,
    String idempotencyKey,
    Instant orderedAt,
    @Embedded.Nullable Dispatch dispatch,
    @Embedded.Nullable Installation installation,
    String failureReason,
    String cancellationReason) {

  /** Icon+ still has not installed this long after the SLA: the Head of Diskominfo steps in. */
  public static final Duration HEAD_ESCALATION_AFTER = Duration.ofDays(7);
  /** ... and this long after it, the Sekda. */
  public static final Duration SEKDA_ESCALATION_AFTER = Duration.ofDays(14);

  /** @param installationDueAt the installation SLA; Icon+ may reschedule it */
  public record Dispatch(String providerOrderId, Instant sentAt, Instant installationDueAt) {}

  public record Installation(LocalDate installedOn, String circuitId, Integer installedBandwidthMbps, String reportedBy) {

    /** An installation is reported once it happened. */
    FieldErrors check(LocalDate today) {
      return new FieldErrors().rejectIf(installedOn.isAfter(today), "installedOn", "tidak boleh setelah hari ini");
    }
  }

  public static ConnectionOrder record(
      Long transitionId, Long siteId, Long planId, String opdCode, int bandwidthMbps, String siteAddress, int attempt,
      Instant at) {
    return new ConnectionOrder(
        null, transitionId, siteId, planId, opdCode, bandwidthMbps, siteAddress, OrderStatus.ORDERED, attempt,
        "bandwidth-transition-" + transitionId + "-site-" + siteId + "-attempt-" + attempt, at, null, null, null,
        null);
  }

  public ConnectionOrder sent(Dispatch sent) {
    return with(OrderStatus.SENT, sent, installation, failureReason, cancellationReason);
  }

  public ConnectionOrder failed(String reason) {
    return with(OrderStatus.FAILED, dispatch, installation, reason, cancellationReason);
  }

  public ConnectionOrder cancelled(String reason) {
    return with(OrderStatus.CANCELLED, dispatch, installation, failureReason, reason);
  }

  public ConnectionOrder rescheduled(Instant dueAt) {
    return with(status, new Dispatch(dispatch.providerOrderId(), dispatch.sentAt(), dueAt), installation, failureReason,
        cancellationReason);
  }

  public ConnectionOrder installed(Installation done) {
    return with(OrderStatus.INSTALLED, dispatch, done, failureReason, cancellationReason);
  }

  public String providerOrderId() {
    return dispatch == null ? null : dispatch.providerOrderId();
  }

  /** When the Head of Diskominfo is called in, counted from the SLA in the order as sent. */
  public Instant headEscalationAt() {
    return dispatch.installationDueAt().plus(HEAD_ESCALATION_AFTER);
  }

  public Instant sekdaEscalationAt() {
    return dispatch.installationDueAt().plus(SEKDA_ESCALATION_AFTER);
  }

  public Instant installationDueAt() {
    return dispatch == null ? null : dispatch.installationDueAt();
  }

  private ConnectionOrder with(
      OrderStatus newStatus, Dispatch newDispatch, Installation newInstallation, String failure, String cancellation) {
    return new ConnectionOrder(
        id, transitionId, siteId, planId, opdCode, bandwidthMbps, siteAddress, newStatus, attempt, idempotencyKey,
        orderedAt, newDispatch, newInstallation, failure, cancellation);
  }
}
