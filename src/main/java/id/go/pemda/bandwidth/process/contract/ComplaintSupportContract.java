package id.go.pemda.bandwidth.process.contract;

/**
 * Complaints no running transition takes ({@code bpmn/complaint-support.bpmn}): one case per
 * complaint, handled as {@link ComplaintCase}, started by the application with the complaint's
 * id in {@link ComplaintCase#FILED_COMPLAINT_ID}.
 */
public final class ComplaintSupportContract {

  public static final String KEY = "complaint-support";

  public static final String END_SUPPORT_DONE = "EndEvent_SupportDone";

  private ComplaintSupportContract() {}
}
