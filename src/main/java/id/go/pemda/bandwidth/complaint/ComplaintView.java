package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.shared.Wita;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A complaint as the forms show it: read-only text, times in WITA. */
public final class ComplaintView {

  public static final List<String> VIEWS =
      List.of("viewComplaintNumber", "viewOpd", "viewComplaintCategory", "viewComplaintSeverity", "viewComplaintDue",
          "viewComplaintDescription", "viewComplaintFiled", "viewComplaintHistory");

  /** Enough history to see a pattern; the whole history stays in the table. */
  public static final int HISTORY_SHOWN = 20;

  private ComplaintView() {}

  public static Map<String, Object> of(Complaint complaint, String opdName, List<Complaint> history) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("viewComplaintNumber", number(complaint));
    view.put("viewOpd", complaint.opdCode() + " — " + opdName);
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

  public static String number(Complaint complaint) {
    return "KLH-" + complaint.id();
  }
}
