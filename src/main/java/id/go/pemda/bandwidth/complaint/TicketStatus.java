package id.go.pemda.bandwidth.complaint;

/** Where a trouble ticket stands. */
public enum TicketStatus {
  OPEN("dibuka"),
  REPAIRED("diperbaiki Icon+"),
  CONFIRMED("jaringan pulih, dikonfirmasi OPD"),
  STILL_DOWN("OPD: jaringan masih terganggu");

  private final String label;

  TicketStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean open() {
    return this == OPEN || this == REPAIRED;
  }
}
