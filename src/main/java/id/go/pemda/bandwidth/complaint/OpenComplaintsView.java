package id.go.pemda.bandwidth.complaint;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The OPD's open complaints, for the technical coordination form: a complaint filed before the
 * connection is attached to that step, so Diskominfo coordinates with it in view.
 */
@Component
public class OpenComplaintsView {

  public static final String VIEW = "viewOpenComplaints";

  private final ComplaintService complaints;

  public OpenComplaintsView(ComplaintService complaints) {
    this.complaints = complaints;
  }

  /** {@value #VIEW} when the transition has open complaints, else nothing (the form hides it). */
  public Map<String, Object> of(Long transitionId) {
    List<Complaint> open = complaints.openOf(transitionId);
    if (open.isEmpty()) {
      return Map.of();
    }
    return Map.of(
        VIEW,
        open.stream()
            .map(c -> ComplaintView.number(c) + " | " + c.category().label() + " | " + c.description())
            .collect(Collectors.joining("\n")));
  }
}
