package id.go.pemda.bandwidth.process.contract;

import id.go.pemda.bandwidth.process.ProcessVariable;

/**
 * "Lapor keluhan jaringan" ({@code bpmn/complaint-intake.bpmn}): an OPD operator's start form;
 * the complaint is stored and routed, and a receipt task tells the OPD where it went.
 */
public final class ComplaintIntakeContract {

  public static final String KEY = "complaint-intake";

  public static final String TASK_ROUTE_COMPLAINT = "Task_RouteComplaint";
  public static final String TASK_CONFIRM_RECEIPT = "Task_ConfirmComplaintReceipt";

  public static final ProcessVariable<String> OPD_CODE = ProcessVariable.of("opdCode", String.class);
  /** The reporting OPD's group, which holds the receipt task. */
  public static final ProcessVariable<String> OPD_GROUP = ProcessVariable.of("opdGroup", String.class);
  public static final ProcessVariable<Long> COMPLAINT_ID = ComplaintCaseContract.COMPLAINT_ID;

  private ComplaintIntakeContract() {}
}
