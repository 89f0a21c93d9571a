package id.go.pemda.bandwidth.complaint;

import java.time.Duration;

/**
 * What the triage table decided for a complaint.
 *
 * @param responseTime how soon Diskominfo must respond; whole days count as working days
 */
public record Triage(Severity severity, Duration responseTime, String handlingGroup) {}
