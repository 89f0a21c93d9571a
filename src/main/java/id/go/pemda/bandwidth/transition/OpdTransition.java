package id.go.pemda.bandwidth.transition;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** One OPD's move from its own internet to the central network, for one campaign. */
public record OpdTransition(
    @Id Long id,
    Long campaignId,
    String opdCode,
    int fiscalYear,
    String processInstanceId,
    TransitionStatus status,
    Instant startedAt,
    Instant evaluationStartedAt,
    Instant endedAt,
    LocalDate ispTerminatedOn,
    String ispTerminationReference,
    String ispTerminationConfirmedBy) {

  public static OpdTransition start(
      Long campaignId, String opdCode, int fiscalYear, String processInstanceId, Instant now) {
    return new OpdTransition(
        null, campaignId, opdCode, fiscalYear, processInstanceId, TransitionStatus.SURVEY, now,
        null, null, null, null, null);
  }

  public OpdTransition withStatus(TransitionStatus newStatus) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, newStatus, startedAt,
        evaluationStartedAt, endedAt, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
  }

  public OpdTransition withEvaluationStartedAt(Instant at) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, TransitionStatus.EVALUATION, startedAt,
        at, endedAt, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
  }

  public OpdTransition withIspTermination(LocalDate on, String reference, String confirmedBy) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, status, startedAt,
        evaluationStartedAt, endedAt, on, reference, confirmedBy);
  }

  public OpdTransition completed(Instant at) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, TransitionStatus.COMPLETED, startedAt,
        evaluationStartedAt, at, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
  }
}
