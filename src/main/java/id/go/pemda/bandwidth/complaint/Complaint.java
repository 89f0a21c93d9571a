package id.go.pemda.bandwidth.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * A network complaint of an OPD, its triage, its route and Diskominfo's evaluation.
 *
 * @param transitionId the OPD's latest transition when it complained; null if it never had one
 * @param responseDueAt when Diskominfo must have responded; missing it escalates to the Head
 */
public record Complaint(
    @Id Long id,
    Long transitionId,
    String opdCode,
    ComplaintStage stage,
    ComplaintCategory category,
    String description,
    ComplaintStatus status,
    String filedBy,
    Instant filedAt,
    Instant occurredAt,
    ComplaintChannel channel,
    Severity severity,
    String handlingGroup,
    Instant responseDueAt,
    ComplaintRoute route,
    EvaluationResult evaluationResult,
    String evaluationNotes,
    String evaluatedBy,
    Instant closedAt,
    Instant escalatedAt,
    String escalationNotes) {

  public static Complaint file(
      Long transitionId, String opdCode, ComplaintStage stage, Report report, Triage triage, Instant dueAt,
      ComplaintRoute route, Instant at) {
    return new Complaint(
        null, transitionId, opdCode, stage, report.category(), report.description(), ComplaintStatus.OPEN,
        report.filedBy(), at, report.occurredAt(), report.channel(), triage.severity(), triage.handlingGroup(),
        dueAt, route, null, null, null, null, null, null);
  }

  public Complaint evaluated(EvaluationResult result, String notes, String evaluator, Instant at) {
    return new Complaint(
        id, transitionId, opdCode, stage, category, description, ComplaintStatus.CLOSED, filedBy, filedAt,
        occurredAt, channel, severity, handlingGroup, responseDueAt, route, result, notes, evaluator, at,
        escalatedAt, escalationNotes);
  }

  public Complaint routedTo(ComplaintRoute newRoute) {
    return new Complaint(
        id, transitionId, opdCode, stage, category, description, status, filedBy, filedAt, occurredAt, channel,
        severity, handlingGroup, responseDueAt, newRoute, evaluationResult, evaluationNotes, evaluatedBy,
        closedAt, escalatedAt, escalationNotes);
  }

  public Complaint escalated(Instant at, String notes) {
    return new Complaint(
        id, transitionId, opdCode, stage, category, description, status, filedBy, filedAt, occurredAt, channel,
        severity, handlingGroup, responseDueAt, route, evaluationResult, evaluationNotes, evaluatedBy, closedAt,
        escalatedAt != null ? escalatedAt : at, notes);
  }

  /** What the person or system reporting the problem said. */
  public record Report(
      ComplaintCategory category, String description, Instant occurredAt, String filedBy, ComplaintChannel channel) {}
}
