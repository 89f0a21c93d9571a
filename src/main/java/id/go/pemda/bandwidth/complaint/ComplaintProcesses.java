package id.go.pemda.bandwidth.complaint;

/** Keys of the two complaint processes besides the transition. */
public final class ComplaintProcesses {

  /** {@code complaint-intake.bpmn}: "Lapor keluhan jaringan", started by OPD operators. */
  public static final String INTAKE_KEY = "complaint-intake";
  /** {@code complaint-support.bpmn}: complaints no running transition takes. */
  public static final String SUPPORT_KEY = "complaint-support";

  private ComplaintProcesses() {}
}
