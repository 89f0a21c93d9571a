package id.go.pemda.bandwidth.complaint;

/**
 * Hands a stored complaint to the process that handles it. The complaint feature decides its
 * {@link ComplaintRoute}; the process layer carries it out (it correlates messages and starts
 * processes, which the feature may not).
 */
public interface ComplaintHandoff {

  /** Whether the transition running as this process instance still takes complaints. */
  boolean takesComplaints(String processInstanceId);

  /** Hands a stored complaint to the OPD's running transition, where it gets a case of its own. */
  void deliverToTransition(String processInstanceId, Long complaintId);

  /** Starts a case of its own for a complaint no transition takes (the network-service process). */
  void startCase(Complaint complaint);
}
