package id.go.pemda.bandwidth.transition;

/**
 * The transitions as processes: whether one still runs, and telling it that its budget was cut.
 * The feature decides; the process layer carries it out (it reads and signals process instances,
 * which the feature may not).
 */
public interface RunningTransitions {

  boolean isRunning(String processInstanceId);

  /** The transition's budget branch moves the budget now, while its network goes on. */
  void requestCut(String processInstanceId);
}
