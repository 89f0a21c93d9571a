package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.shared.FieldErrors;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * A network complaint of an OPD: what was reported, how it was triaged, where it went, and,
 * once they happen, its escalation and Diskominfo's evaluation. Each part is a value of its
 * own (columns of the same row), so no two times or texts can be swapped by position.
 *
 * @param transitionId the OPD's latest transition when it complained; null if it never had one
 * @param siteId the site whose link failed its acceptance test, if the complaint is about one
 * @param caseProcessInstanceId the process that handles the complaint (its case)
 */
public record Complaint(
    @Id Long id,
    String opdCode,
    Long transitionId,
    ComplaintStage stage,
    Long siteId,
    ComplaintStatus status,
    ComplaintRoute route,
    Instant filedAt,
    String caseProcessInstanceId,
    Instant closedAt,
    @Embedded.Empty Report report,
    @Embedded.Empty Triaged triage,
    @Embedded.Nullable Escalation escalation,
    @Embedded.Nullable Evaluation evaluation) {

  public static Complaint file(
      String opdCode, Long transitionId, ComplaintStage stage, Long siteId, ComplaintRoute route, Instant filedAt,
      Report report, Triaged triage) {
    return new Complaint(null, opdCode, transitionId, stage, siteId, ComplaintStatus.OPEN, route, filedAt, null, null,
        report, triage, null, null);
  }

  /** Diskominfo's finding: a fault of Icon+ waits for its repair, any other closes the complaint. */
  public Complaint evaluated(Evaluation result) {
    ComplaintStatus next =
        result.evaluationResult() == EvaluationResult.PROVIDER_FAULT ? ComplaintStatus.AWAITING_REPAIR : ComplaintStatus.CLOSED;
    return with(next, caseProcessInstanceId, next == ComplaintStatus.CLOSED ? result.evaluatedAt() : null, escalation,
        result);
  }

  public Complaint handledBy(String caseInstance) {
    return with(status, caseInstance, closedAt, escalation, evaluation);
  }

  /** Waiting for Icon+ again, repaired, or (with {@code at}) closed once the OPD confirmed. */
  public Complaint inStatus(ComplaintStatus next, Instant at) {
    return with(next, caseProcessInstanceId, next == ComplaintStatus.CLOSED ? at : null, escalation, evaluation);
  }

  /** The response deadline passed; the first time counts, later notes replace earlier ones. */
  public Complaint escalated(Instant at, String notes) {
    Escalation next = new Escalation(escalation != null ? escalation.escalatedAt() : at, notes);
    return with(status, caseProcessInstanceId, closedAt, next, evaluation);
  }

  public boolean open() {
    return status != ComplaintStatus.CLOSED;
  }

  private Complaint with(
      ComplaintStatus newStatus, String caseInstance, Instant closed, Escalation newEscalation, Evaluation newEvaluation) {
    return new Complaint(id, opdCode, transitionId, stage, siteId, newStatus, route, filedAt, caseInstance, closed, report,
        triage, newEscalation, newEvaluation);
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
      ComplaintCategory category, String description, Instant occurredAt, String filedBy, ComplaintChannel channel) {

    /** How far back a problem may be reported: older ones are history, not a complaint to evaluate. */
    static final Duration OLDEST = Duration.ofDays(365);

    /** A problem that happened, within the last year. */
    FieldErrors check(Instant now) {
      FieldErrors errors = new FieldErrors();
      if (occurredAt == null) {
        return errors;
      }
      return errors
          .rejectIf(occurredAt.isAfter(now), "occurredAt", "tidak boleh di masa depan")
          .rejectIf(occurredAt.isBefore(now.minus(OLDEST)), "occurredAt", "tidak boleh lebih dari satu tahun yang lalu");
    }
  }

  /**
   * What the triage table decided for this complaint.
   *
   * @param responseDueAt when Diskominfo must have responded; missing it escalates to the Head
   */
  public record Triaged(Severity severity, String handlingGroup, Instant responseDueAt) {}

  /** The response deadline passed: when, and what the Head of Diskominfo did about it. */
  public record Escalation(Instant escalatedAt, String escalationNotes) {}

  /** Diskominfo's finding. */
  public record Evaluation(
      EvaluationResult evaluationResult, String evaluationNotes, String evaluatedBy, Instant evaluatedAt) {}
}
