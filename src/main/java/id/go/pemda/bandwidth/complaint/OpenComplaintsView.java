package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.transition.TransitionProcess;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Puts the OPD's open complaints on the technical coordination task: a complaint filed before
 * the connection is attached to that step, so Diskominfo coordinates with it in view.
 */
@Component("openComplaintsView")
public class OpenComplaintsView implements TaskListener {

  static final String VIEW = "viewOpenComplaints";

  private final ComplaintService complaints;

  public OpenComplaintsView(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Complaint> open = complaints.openOf(TransitionProcess.TRANSITION_ID.from(task));
    if (!open.isEmpty()) {
      task.setVariableLocal(
          VIEW,
          open.stream()
              .map(c -> ComplaintView.number(c) + " | " + c.category().label() + " | " + c.description())
              .collect(Collectors.joining("\n")));
    }
  }
}
