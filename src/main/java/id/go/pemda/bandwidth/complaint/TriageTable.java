package id.go.pemda.bandwidth.complaint;

/** The triage decision table: a complaint's {@link Triage} by its category and the OPD it hampers. */
public interface TriageTable {

  Triage of(ComplaintCategory category, boolean frontlinePublicService);
}
