package id.go.pemda.bandwidth.complaint;

/** How bad a complaint is, from the triage table; it sets the evaluation task's priority. */
public enum Severity {
  CRITICAL(90, "Kritis"),
  HIGH(70, "Tinggi"),
  MEDIUM(50, "Sedang"),
  LOW(30, "Rendah");

  private final int taskPriority;
  private final String label;

  Severity(int taskPriority, String label) {
    this.taskPriority = taskPriority;
    this.label = label;
  }

  /** As the screens say it. */
  public String label() {
    return label;
  }

  /** Camunda task priority: Tasklist lists the worst complaints first. */
  public int taskPriority() {
    return taskPriority;
  }
}
