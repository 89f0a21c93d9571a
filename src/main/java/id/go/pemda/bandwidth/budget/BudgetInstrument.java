package id.go.pemda.bandwidth.budget;

/**
 * How an OPD's internet line leaves its budget, by the APBD's own instruments. Before the
 * fiscal year's Perda APBD is adopted the line is simply not proposed in the OPD's RKA-SKPD;
 * after, the unspent remainder moves by a pergeseran anggaran (Perkada) or in the APBD
 * Perubahan, and either is recorded in the OPD's DPPA-SKPD.
 */
public enum BudgetInstrument {
  RKA_NOT_PROPOSED("Tidak diusulkan dalam RKA-SKPD (APBD belum ditetapkan)", "Nomor RKA-SKPD atau berita acara TAPD"),
  PERGESERAN("Pergeseran anggaran dengan Perkada, dicatat dalam DPPA-SKPD", "Nomor Perkada pergeseran anggaran"),
  APBD_PERUBAHAN("APBD Perubahan, dicatat dalam DPPA-SKPD", "Nomor Perda APBD Perubahan");

  private final String label;
  private final String documentLabel;

  BudgetInstrument(String label, String documentLabel) {
    this.label = label;
    this.documentLabel = documentLabel;
  }

  public String label() {
    return label;
  }

  /** Which document BPKAD records for this instrument. */
  public String documentLabel() {
    return documentLabel;
  }

  /** Whether the instrument moves a line of an APBD already adopted. */
  public boolean afterAdoption() {
    return this != RKA_NOT_PROPOSED;
  }
}
