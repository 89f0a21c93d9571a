package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.process.ProcessVariable;

/**
 * The Sekda's "putus saja" ({@code bpmn/force-cut.bpmn}): a start form naming the OPD and the
 * reason; {@code Task_ForceCut} sets {@link TransitionContract#CUT_REQUESTED} on the OPD's
 * transition, whose budget then moves while its network goes on.
 */
public final class ForceCutContract {

  public static final String KEY = "force-cut";

  public static final String TASK_FORCE_CUT = "Task_ForceCut";
  /** Which OPD was cut, kept so that Cockpit shows it. */
  public static final ProcessVariable<String> OPD_CODE = ProcessVariable.of("opdCode", String.class);

  private ForceCutContract() {}
}
