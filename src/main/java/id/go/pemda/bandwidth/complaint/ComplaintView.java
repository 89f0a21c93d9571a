package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.shared.Wita;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A complaint as the forms show it: read-only text, times in WITA. */
public final class ComplaintView {

  public static final List<String> VIEWS =
      List.of("viewComplaintNumber", "viewOpd", "viewSite", "viewComplaintStage", "viewComplaintCategory",
          "viewComplaintSeverity", "viewComplaintDue", "viewComplaintDescription", "viewComplaintFiled",
          "viewComplaintHistory");
  /** A trouble ticket at Icon+, for the repair tasks. */
  public static final List<String> TICKET_VIEWS = List.of("viewTicket", "viewRepairDue");
  public static final String REPAIRED_AT = "viewRepairedAt";

  /** Enough history to see a pattern; the whole history stays in the table. */
  public static final int HISTORY_SHOWN = 20;

  private ComplaintView() {}

  /**
   * @param siteName the site whose link failed, when the complaint is about one
   */
  public static Map<String, Object> of(Complaint complaint, String opdName, String siteName, List<Complaint> history) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("viewComplaintNumber", number(complaint));
    view.put("viewOpd", opdName + " (" + complaint.opdCode() + ")");
    if (siteName != null) {
      view.put("viewSite", siteName);
    }
    if (complaint.transitionId() != null) {
      view.put("viewComplaintStage", complaint.stage().label());
    }
    view.put("viewComplaintCategory", complaint.category().label());
    view.put("viewComplaintSeverity", complaint.severity().label());
    view.put("viewComplaintDue", Wita.format(complaint.responseDueAt()));
    view.put("viewComplaintDescription", complaint.description());
    view.put("viewComplaintFiled", complaint.report().filedBy() + ", " + Wita.format(complaint.filedAt()));
    view.put(
        "viewComplaintHistory",
        history.stream()
            .skip(Math.max(0, history.size() - HISTORY_SHOWN))
            .map(
                c ->
                    number(c) + " | " + Wita.format(c.filedAt()) + " | " + c.category().label() + " | "
                        + c.status().label()
                        + (c.evaluation() == null ? "" : " (" + c.evaluation().evaluationResult().label() + ")"))
            .collect(Collectors.joining("\n")));
    return view;
  }

  public static Map<String, Object> ofTicket(TroubleTicket ticket) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("viewTicket", "TKT-" + ticket.id() + (ticket.providerTicketId() == null ? "" : " (Icon+ " + ticket.providerTicketId() + ")")
        + ", " + ticket.status().label());
    view.put("viewRepairDue", Wita.format(ticket.repairDueAt()));
    if (ticket.repairedAt() != null) {
      view.put(REPAIRED_AT, Wita.format(ticket.repairedAt()));
    }
    return view;
  }

  public static String number(Complaint complaint) {
    return "KLH-" + complaint.id();
  }
}
