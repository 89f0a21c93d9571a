package id.go.pemda.bandwidth.transition;

/** The Sekda's decision on an OPD still in transition at its deadline. */
public enum OverdueDecision {
  FORCE_REVOCATION("Potong anggaran internet OPD sekarang"),
  EXTEND("Perpanjang tenggat (belanja ganda berlanjut)");

  private final String label;

  OverdueDecision(String label) {
    this.label = label;
  }

  /** The decision as the Sekda's form names it. */
  public String label() {
    return label;
  }
}
