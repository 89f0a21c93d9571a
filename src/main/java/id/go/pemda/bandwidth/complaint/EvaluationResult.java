package id.go.pemda.bandwidth.complaint;

/**
 * Diskominfo's finding on a complaint. A provider fault keeps the complaint open until Icon+
 * repaired it and the OPD confirmed the link works; the other findings close it.
 */
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
