package id.go.pemda.bandwidth.complaint;

/** Diskominfo's finding on a complaint; every finding closes it. */
public enum EvaluationResult {
  RESOLVED("selesai ditangani"),
  PROVIDER_FAULT("gangguan penyedia"),
  OPD_SIDE("masalah di sisi OPD");

  private final String label;

  EvaluationResult(String label) {
    this.label = label;
  }

  /** As the screens say it. */
  public String label() {
    return label;
  }
}
