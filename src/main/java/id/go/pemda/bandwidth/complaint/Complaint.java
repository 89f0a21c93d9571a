package id.go.pemda.bandwidth.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** A network complaint of an OPD and Diskominfo's evaluation of it. */
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
    EvaluationResult evaluationResult,
    String evaluationNotes,
    String evaluatedBy,
    Instant closedAt) {

  public static Complaint file(
      Long transitionId, String opdCode, ComplaintStage stage, ComplaintCategory category,
      String description, String filedBy, Instant at) {
    return new Complaint(
        null, transitionId, opdCode, stage, category, description, ComplaintStatus.OPEN, filedBy, at,
        null, null, null, null);
  }

  public Complaint evaluated(EvaluationResult result, String notes, String evaluator, Instant at) {
    return new Complaint(
        id, transitionId, opdCode, stage, category, description, ComplaintStatus.CLOSED, filedBy, filedAt,
        result, notes, evaluator, at);
  }
}
