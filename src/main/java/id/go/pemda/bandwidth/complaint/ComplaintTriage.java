package id.go.pemda.bandwidth.complaint;

/** Severity, response time and handling group of a complaint, from the triage decision table. */
public interface ComplaintTriage {

  Triage of(ComplaintCategory category, boolean frontlinePublicService);
}
