package id.go.pemda.bandwidth.report;

/** How an OPD stands against its transition deadline (the day its budget must have moved). */
public enum DeadlineRisk {
  DONE("Anggaran sudah dipindah"),
  ON_TRACK("Sesuai jadwal"),
  AT_RISK("Berisiko terlambat"),
  OVERDUE("Melewati tenggat");

  /** Fewer days than this before the deadline, with the budget still at the OPD, is a risk. */
  public static final int AT_RISK_DAYS = 30;

  private final String label;

  DeadlineRisk(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static DeadlineRisk of(boolean budgetMoved, long daysLeft) {
    if (budgetMoved) {
      return DONE;
    }
    if (daysLeft < 0) {
      return OVERDUE;
    }
    return daysLeft <= AT_RISK_DAYS ? AT_RISK : ON_TRACK;
  }
}
