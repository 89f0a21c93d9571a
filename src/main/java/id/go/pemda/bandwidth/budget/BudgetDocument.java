package id.go.pemda.bandwidth.budget;

/**
 * The APBD document a loaded line's figures come from: the OPD's budget proposal before the
 * Perda APBD, its execution document after, its changed execution document after a pergeseran
 * or the APBD Perubahan.
 */
public enum BudgetDocument {
  RKA("RKA-SKPD"),
  DPA("DPA-SKPD"),
  DPPA("DPPA-SKPD");

  private final String label;

  BudgetDocument(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
