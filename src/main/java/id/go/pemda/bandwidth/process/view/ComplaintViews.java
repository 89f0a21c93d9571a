package id.go.pemda.bandwidth.process.view;

import static id.go.pemda.bandwidth.process.view.SharedViews.OPD;
import static id.go.pemda.bandwidth.process.view.SharedViews.SITE;
import static id.go.pemda.bandwidth.process.view.SharedViews.with;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the forms of the complaint processes (intake and case) show: read-only text, times in
 * WITA, under the view keys below, each spelled here only.
 */
@Component
public class ComplaintViews {

  public static final String NUMBER = "viewComplaintNumber";
  public static final String STAGE = "viewComplaintStage";
  public static final String CATEGORY = "viewComplaintCategory";
  public static final String SEVERITY = "viewComplaintSeverity";
  public static final String RESPONSE_DUE = "viewComplaintDue";
  public static final String DESCRIPTION = "viewComplaintDescription";
  public static final String FILED = "viewComplaintFiled";
  public static final String HISTORY = "viewComplaintHistory";
  public static final String ROUTE = "viewComplaintRoute";
  public static final String OPD_SITES = "viewSites";
  public static final String TICKET = "viewTicket";
  public static final String REPAIR_DUE = "viewRepairDue";
  public static final String REPAIRED_AT = "viewRepairedAt";

  /** A complaint and its OPD's history. */
  public static final List<String> COMPLAINT =
      List.of(NUMBER, OPD, SITE, STAGE, CATEGORY, SEVERITY, RESPONSE_DUE, DESCRIPTION, FILED, HISTORY);
  public static final List<String> RECEIPT = with(COMPLAINT, ROUTE);
  public static final List<String> EVALUATION = with(COMPLAINT, OPD_SITES);
  public static final List<String> OVERDUE_REPAIR = with(COMPLAINT, TICKET, REPAIR_DUE);
  public static final List<String> REPAIR = with(OVERDUE_REPAIR, REPAIRED_AT);

  /** Enough history to see a pattern; the whole history stays in the table. */
  static final int HISTORY_SHOWN = 20;

  private final ComplaintService complaints;
  private final OpdRegistry registry;
  private final SiteRegistry sites;
  private final SurveyService surveys;
  private final PemdaSettingsService settings;

  public ComplaintViews(
      ComplaintService complaints, OpdRegistry registry, SiteRegistry sites, SurveyService surveys,
      PemdaSettingsService settings) {
    this.settings = settings;
    this.complaints = complaints;
    this.registry = registry;
    this.sites = sites;
    this.surveys = surveys;
  }

  /** {@link #COMPLAINT}: what it is about, when it is due, and the OPD's complaints before it. */
  public Map<String, Object> complaint(Long complaintId) {
    Complaint complaint = complaints.require(complaintId);
    PemdaZone zone = settings.zoneOfOpd(complaint.opdCode());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(NUMBER, number(complaint));
    view.put(OPD, SharedViews.opd(registry.require(complaint.opdCode()).name(), complaint.opdCode()));
    if (complaint.siteId() != null) {
      view.put(SITE, sites.require(complaint.siteId()).name());
    }
    if (complaint.transitionId() != null) {
      view.put(STAGE, complaint.stage().label());
    }
    view.put(CATEGORY, complaint.category().label());
    view.put(SEVERITY, complaint.severity().label());
    view.put(RESPONSE_DUE, zone.format(complaint.responseDueAt()));
    view.put(DESCRIPTION, complaint.description());
    view.put(FILED, complaint.report().filedBy() + ", " + zone.format(complaint.filedAt()));
    List<Complaint> history = complaints.historyOf(complaint.opdCode());
    view.put(HISTORY, history.stream()
        .skip(Math.max(0, history.size() - HISTORY_SHOWN))
        .map(earlier -> number(earlier) + " | " + zone.format(earlier.filedAt()) + " | " + earlier.category().label() + " | "
            + earlier.status().label()
            + (earlier.evaluation() == null ? "" : " (" + earlier.evaluation().evaluationResult().label() + ")"))
        .collect(Collectors.joining("\n")));
    return view;
  }

  /** {@link #RECEIPT}: the complaint's number and where it went. */
  public Map<String, Object> receipt(Long complaintId) {
    Map<String, Object> view = complaint(complaintId);
    Complaint complaint = complaints.require(complaintId);
    view.put(ROUTE, switch (complaint.route()) {
      case TRANSITION -> "Diteruskan ke transisi OPD (tahap " + complaint.stage().label() + ") untuk dievaluasi Diskominfo";
      case SUPPORT -> "Diteruskan ke layanan penanganan gangguan Diskominfo (OPD tidak sedang dalam transisi)";
    });
    return view;
  }

  /** {@link #EVALUATION}: the complaint with the OPD's sites as its latest survey has them. */
  public Map<String, Object> evaluation(Long complaintId) {
    Map<String, Object> view = complaint(complaintId);
    Long transitionId = complaints.require(complaintId).transitionId();
    if (transitionId != null) {
      String opdSites = surveys.latestSites(transitionId).stream()
          .map(survey -> sites.require(survey.siteId()).name() + ": " + SharedViews.survey(survey))
          .collect(Collectors.joining("\n"));
      if (!opdSites.isEmpty()) {
        view.put(OPD_SITES, opdSites);
      }
    }
    return view;
  }

  /** {@link #REPAIR}: the complaint and its trouble ticket at Icon+, repaired or not yet. */
  public Map<String, Object> repair(Long complaintId, Long ticketId) {
    Map<String, Object> view = overdueRepair(complaintId, ticketId);
    TroubleTicket ticket = complaints.requireTicket(ticketId);
    if (ticket.repairedAt() != null) {
      view.put(REPAIRED_AT, zoneOf(complaintId).format(ticket.repairedAt()));
    }
    return view;
  }

  /** {@link #OVERDUE_REPAIR}: the complaint and the ticket Icon+ is late with. */
  public Map<String, Object> overdueRepair(Long complaintId, Long ticketId) {
    Map<String, Object> view = complaint(complaintId);
    TroubleTicket ticket = complaints.requireTicket(ticketId);
    view.put(TICKET, "TKT-" + ticket.id()
        + (ticket.providerTicketId() == null ? "" : " (Icon+ " + ticket.providerTicketId() + ")")
        + ", " + ticket.status().label());
    view.put(REPAIR_DUE, zoneOf(complaintId).format(ticket.repairDueAt()));
    return view;
  }

  /** The zone of the complaint's Pemda: its times are shown in it. */
  private PemdaZone zoneOf(Long complaintId) {
    return settings.zoneOfOpd(complaints.require(complaintId).opdCode());
  }

  /** "KLH-12", as the OPD and Diskominfo name a complaint. */
  static String number(Complaint complaint) {
    return "KLH-" + complaint.id();
  }
}
