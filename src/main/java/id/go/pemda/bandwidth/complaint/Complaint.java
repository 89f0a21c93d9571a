package id.go.pemda.bandwidth.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A network complaint of an OPD: what was reported, how it was triaged, where it went, and,
 * once they happen, its escalation and Diskominfo's evaluation. Each part is a value of its
 * own (columns of the same row), so no two times or texts can be swapped by position.
 *
 * @param transitionId the OPD's latest transition when it complained; null if it never had one
 */
public record Complaint(
    @Id Long id,
    String opdCode,
    Long transitionId,
    ComplaintStage stage,
    ComplaintStatus status,
    ComplaintRoute route,
    Instant filedAt,
    @Embedded.Empty Report report,
    @Embedded.Empty Triaged triage,
    @Embedded.Nullable Escalation escalation,
    @Embedded.Nullable Evaluation evaluation) {

  public static Complaint file(
      String opdCode, Long transitionId, ComplaintStage stage, ComplaintRoute route, Instant filedAt, Report report,
      Triaged triage) {
    return new Complaint(null, opdCode, transitionId, stage, ComplaintStatus.OPEN, route, filedAt, report, triage,
        null, null);
  }

  public Complaint evaluated(Evaluation result) {
    return new Complaint(id, opdCode, transitionId, stage, ComplaintStatus.CLOSED, route, filedAt, report, triage,
        escalation, result);
  }

  public Complaint routedTo(ComplaintRoute newRoute) {
    return new Complaint(id, opdCode, transitionId, stage, status, newRoute, filedAt, report, triage, escalation,
        evaluation);
  }

  /** The response deadline passed; the first time counts, later notes replace earlier ones. */
  public Complaint escalated(Instant at, String notes) {
    Escalation next = new Escalation(escalation != null ? escalation.escalatedAt() : at, notes);
    return new Complaint(id, opdCode, transitionId, stage, status, route, filedAt, report, triage, next, evaluation);
  }

  public ComplaintCategory category() {
    return report.category();
  }

  public String description() {
    return report.description();
  }

  public Severity severity() {
    return triage.severity();
  }

  public Instant responseDueAt() {
    return triage.responseDueAt();
  }

  public String handlingGroup() {
    return triage.handlingGroup();
  }

  /** What the person or system reporting the problem said. */
  public record Report(
      ComplaintCategory category, String description, Instant occurredAt, String filedBy, ComplaintChannel channel) {}

  /**
   * What the triage table decided for this complaint.
   *
   * @param responseDueAt when Diskominfo must have responded; missing it escalates to the Head
   */
  public record Triaged(Severity severity, String handlingGroup, Instant responseDueAt) {}

  /** The response deadline passed: when, and what the Head of Diskominfo did about it. */
  public record Escalation(Instant escalatedAt, String escalationNotes) {}

  /** Diskominfo's finding, which closes the complaint. */
  public record Evaluation(
      EvaluationResult evaluationResult, String evaluationNotes, String evaluatedBy, Instant closedAt) {}
}
