package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionStatus;

/** Where the OPD stood when it complained. */
public enum ComplaintStage {
  BEFORE_CONNECTION("sebelum koneksi"),
  ACCEPTANCE("uji terima"),
  EVALUATION("masa evaluasi"),
  AFTER_TRANSITION("di luar transisi");

  private final String label;

  ComplaintStage(String label) {
    this.label = label;
  }

  /** As the screens say it. */
  public String label() {
    return label;
  }

  public static ComplaintStage of(TransitionStatus status) {
    return switch (status) {
      case SURVEY, COORDINATION, CONNECTION -> BEFORE_CONNECTION;
      case ACCEPTANCE -> ACCEPTANCE;
      case EVALUATION -> EVALUATION;
      case BUDGET_REVOCATION, COMPLETED -> AFTER_TRANSITION;
    };
  }
}
