package id.go.pemda.bandwidth.transition;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/**
 * One OPD's move from its own internet to the central network, for one campaign. Built and
 * changed through named steps ({@link #start}, {@link #toBuilder()}), never by position: four
 * moments and two dates sit side by side here.
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

  /** A transition registered for its process instance, at the survey. */
  public static Builder start(String opdCode, int fiscalYear) {
    return new Builder().opdCode(opdCode).fiscalYear(fiscalYear).status(TransitionStatus.SURVEY);
  }

  public Builder toBuilder() {
    return new Builder()
        .id(id).campaignId(campaignId).opdCode(opdCode).fiscalYear(fiscalYear).processInstanceId(processInstanceId)
        .status(status).startedAt(startedAt).deadline(deadline).acceptedOn(acceptedOn)
        .evaluationStartedAt(evaluationStartedAt).endedAt(endedAt).ispTerminatedOn(ispTerminatedOn)
        .ispTerminationReference(ispTerminationReference).ispTerminationConfirmedBy(ispTerminationConfirmedBy);
  }

  public boolean inTransition() {
    return status != TransitionStatus.COMPLETED;
  }

  /** Named steps for a transition's values. */
  public static final class Builder {

    private Long id;
    private Long campaignId;
    private String opdCode;
    private int fiscalYear;
    private String processInstanceId;
    private TransitionStatus status;
    private Instant startedAt;
    private Instant deadline;
    private LocalDate acceptedOn;
    private Instant evaluationStartedAt;
    private Instant endedAt;
    private LocalDate ispTerminatedOn;
    private String ispTerminationReference;
    private String ispTerminationConfirmedBy;

    private Builder() {}

    public Builder id(Long value) {
      id = value;
      return this;
    }

    public Builder campaignId(Long value) {
      campaignId = value;
      return this;
    }

    public Builder opdCode(String value) {
      opdCode = value;
      return this;
    }

    public Builder fiscalYear(int value) {
      fiscalYear = value;
      return this;
    }

    public Builder processInstanceId(String value) {
      processInstanceId = value;
      return this;
    }

    public Builder status(TransitionStatus value) {
      status = value;
      return this;
    }

    public Builder startedAt(Instant value) {
      startedAt = value;
      return this;
    }

    public Builder deadline(Instant value) {
      deadline = value;
      return this;
    }

    public Builder acceptedOn(LocalDate value) {
      acceptedOn = value;
      return this;
    }

    public Builder evaluationStartedAt(Instant value) {
      evaluationStartedAt = value;
      return this;
    }

    public Builder endedAt(Instant value) {
      endedAt = value;
      return this;
    }

    public Builder ispTerminatedOn(LocalDate value) {
      ispTerminatedOn = value;
      return this;
    }

    public Builder ispTerminationReference(String value) {
      ispTerminationReference = value;
      return this;
    }

    public Builder ispTerminationConfirmedBy(String value) {
      ispTerminationConfirmedBy = value;
      return this;
    }

    public OpdTransition build() {
      return new OpdTransition(
          id, campaignId, opdCode, fiscalYear, processInstanceId, status, startedAt, deadline, acceptedOn,
          evaluationStartedAt, endedAt, ispTerminatedOn, ispTerminationReference, ispTerminationConfirmedBy);
    }
  }
}
