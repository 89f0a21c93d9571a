package id.go.pemda.bandwidth.transition;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * One OPD's move from its own internet to the central network, for one campaign. Built and
 * changed through named steps ({@link #start}, {@link #toBuilder()}), never by position: six
 * moments sit side by side here.
 *
 * @param statusSince when the transition entered its current status (how long an OPD has been stuck)
 * @param deadline when the OPD's budget must have moved; the Sekda may extend it
 * @param networkReadyAt when every site was on the central network (or exempted)
 * @param cutRequestedAt when the Sekda decided to cut the budget before the monitoring ended
 * @param budgetRevokedAt when BPKAD recorded the OPD's internet budget moved
 */
public record OpdTransition(
    @Id Long id,
    Long campaignId,
    String opdCode,
    int fiscalYear,
    String processInstanceId,
    TransitionStatus status,
    Instant statusSince,
    Instant startedAt,
    Instant deadline,
    Instant evaluationStartedAt,
    Instant endedAt,
    Instant networkReadyAt,
    Instant cutRequestedAt,
    Instant budgetRevokedAt) {

  /** A transition registered for its process instance, at the survey. */
  public static Builder start(String opdCode, int fiscalYear) {
    return new Builder().opdCode(opdCode).fiscalYear(fiscalYear).status(TransitionStatus.SURVEY);
  }

  public Builder toBuilder() {
    return new Builder()
        .id(id).campaignId(campaignId).opdCode(opdCode).fiscalYear(fiscalYear).processInstanceId(processInstanceId)
        .status(status).statusSince(statusSince).startedAt(startedAt).deadline(deadline)
        .evaluationStartedAt(evaluationStartedAt).endedAt(endedAt).networkReadyAt(networkReadyAt).cutRequestedAt(cutRequestedAt)
        .budgetRevokedAt(budgetRevokedAt);
  }

  public boolean inTransition() {
    return status != TransitionStatus.COMPLETED;
  }

  /**
   * The move of the OPD's budget is not decided yet (no cut, no approval after the monitoring):
   * the Sekda may still cut it.
   */
  public boolean budgetStillWithOpd() {
    return budgetRevokedAt == null && cutRequestedAt == null
        && switch (status) {
          case BUDGET_REVOCATION, ISP_TERMINATION, COMPLETED -> false;
          default -> true;
        };
  }

  /** Named steps for a transition's values. */
  public static final class Builder {

    private Long id;
    private Long campaignId;
    private String opdCode;
    private int fiscalYear;
    private String processInstanceId;
    private TransitionStatus status;
    private Instant statusSince;
    private Instant startedAt;
    private Instant deadline;
    private Instant evaluationStartedAt;
    private Instant endedAt;
    private Instant networkReadyAt;
    private Instant cutRequestedAt;
    private Instant budgetRevokedAt;

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

    public Builder statusSince(Instant value) {
      statusSince = value;
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

    public Builder evaluationStartedAt(Instant value) {
      evaluationStartedAt = value;
      return this;
    }

    public Builder endedAt(Instant value) {
      endedAt = value;
      return this;
    }

    public Builder networkReadyAt(Instant value) {
      networkReadyAt = value;
      return this;
    }

    public Builder cutRequestedAt(Instant value) {
      cutRequestedAt = value;
      return this;
    }

    public Builder budgetRevokedAt(Instant value) {
      budgetRevokedAt = value;
      return this;
    }

    public OpdTransition build() {
      return new OpdTransition(
          id, campaignId, opdCode, fiscalYear, processInstanceId, status, statusSince, startedAt, deadline, evaluationStartedAt,
          endedAt, networkReadyAt, cutRequestedAt, budgetRevokedAt);
    }
  }
}
