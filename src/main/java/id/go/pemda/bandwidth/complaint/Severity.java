package id.go.pemda.bandwidth.complaint;

import java.time.Duration;

/**
 * How bad a complaint is, from the triage table. It sets the evaluation task's priority and how
 * long Icon+ has to repair a fault of its own before the Head of Diskominfo is called in.
 */
public enum Severity {
  CRITICAL(90, "Kritis", Duration.ofHours(4)),
  HIGH(70, "Tinggi", Duration.ofHours(12)),
  MEDIUM(50, "Sedang", Duration.ofDays(2)),
  LOW(30, "Rendah", Duration.ofDays(5));

  private final int taskPriority;
  private final String label;
  private final Duration repairTime;

  Severity(int taskPriority, String label, Duration repairTime) {
    this.taskPriority = taskPriority;
    this.label = label;
    this.repairTime = repairTime;
  }

  /** As the screens say it. */
  public String label() {
    return label;
  }

  /** Camunda task priority: Tasklist lists the worst complaints first. */
  public int taskPriority() {
    return taskPriority;
  }

  /** How long Icon+ has to repair a fault of its own, counted from the ticket. */
  public Duration repairTime() {
    return repairTime;
  }
}
