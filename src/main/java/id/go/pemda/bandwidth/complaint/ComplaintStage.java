package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionStatus;

/** Where the OPD stood when it complained. */
public enum ComplaintStage {
  BEFORE_CONNECTION,
  ACCEPTANCE,
  EVALUATION,
  AFTER_TRANSITION;

  public static ComplaintStage of(TransitionStatus status) {
    return switch (status) {
      case SURVEY, COORDINATION, CONNECTION -> BEFORE_CONNECTION;
      case ACCEPTANCE -> ACCEPTANCE;
      case EVALUATION -> EVALUATION;
      case BUDGET_REVOCATION, COMPLETED -> AFTER_TRANSITION;
    };
  }
}
