package id.go.pemda.bandwidth.complaint;

/** How bad a complaint is, from the triage table; it sets the evaluation task's priority. */
public enum Severity {
  CRITICAL(90),
  HIGH(70),
  MEDIUM(50),
  LOW(30);

  private final int taskPriority;

  Severity(int taskPriority) {
    this.taskPriority = taskPriority;
  }

  /** Camunda task priority: Tasklist lists the worst complaints first. */
  public int taskPriority() {
    return taskPriority;
  }
}
