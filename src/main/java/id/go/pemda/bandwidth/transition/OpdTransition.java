package id.go.pemda.bandwidth.transition;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/**
 * One OPD's move from its own internet to the central network, for one campaign.
 *
 * @param deadline when the OPD must be through; the Sekda may extend it
 * @param acceptedOn when the OPD accepted the central link: double spending starts here
 */
public record OpdTransition(
    @Id Long id,
    Long campaignId,
    String opdCode,
    int fiscalYear,
    String processInstanceId,
    TransitionStatus status,
    Instant startedAt,
    Instant deadline,
    LocalDate acceptedOn,
    Instant evaluationStartedAt,
    Instant endedAt,
    LocalDate ispTerminatedOn,
    String ispTerminationReference,
    String ispTerminationConfirmedBy) {

  public static OpdTransition start(
      Long campaignId, String opdCode, int fiscalYear, String processInstanceId, Instant deadline, Instant now) {
    return new OpdTransition(
        null, campaignId, opdCode, fiscalYear, processInstanceId, TransitionStatus.SURVEY, now, deadline,
        null, null, null, null, null, null);
  }

  public OpdTransition withStatus(TransitionStatus newStatus) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, newStatus, startedAt, deadline, acceptedOn,
        evaluationStartedAt, endedAt, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
  }

  public OpdTransition withDeadline(Instant newDeadline) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, status, startedAt, newDeadline, acceptedOn,
        evaluationStartedAt, endedAt, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
  }

  public OpdTransition accepted(LocalDate on) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, status, startedAt, deadline, on,
        evaluationStartedAt, endedAt, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
  }

  public OpdTransition withEvaluationStartedAt(Instant at) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, TransitionStatus.EVALUATION, startedAt, deadline,
        acceptedOn, at, endedAt, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
  }

  public OpdTransition withIspTermination(LocalDate on, String reference, String confirmedBy) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, status, startedAt, deadline, acceptedOn,
        evaluationStartedAt, endedAt, on, reference, confirmedBy);
  }

  public OpdTransition completed(Instant at) {
    return new OpdTransition(
        id, campaignId, opdCode, fiscalYear, processInstanceId, TransitionStatus.COMPLETED, startedAt, deadline,
        acceptedOn, evaluationStartedAt, at, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
  }

  public boolean inTransition() {
    return status != TransitionStatus.COMPLETED;
  }
}
