package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionStatus;

/** Where the OPD stood when it complained. */
public enum ComplaintStage {
  BEFORE_CONNECTION("sebelum koneksi"),
  CONNECTION("koneksi titik"),
  ACCEPTANCE("uji terima"),
  MONITORING("masa pemantauan"),
  CLOSING("penutupan transisi"),
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
      case SURVEY, COORDINATION -> BEFORE_CONNECTION;
      case CONNECTION -> CONNECTION;
      case MONITORING -> MONITORING;
      case REVOCATION_APPROVAL, BUDGET_REVOCATION, ISP_TERMINATION -> CLOSING;
      case COMPLETED -> AFTER_TRANSITION;
    };
  }
}
