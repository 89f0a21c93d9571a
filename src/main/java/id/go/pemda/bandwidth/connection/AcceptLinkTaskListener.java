package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintForm;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import id.go.pemda.bandwidth.workflow.Wita;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AcceptLink: the OPD tests the installed link. A link that does not work as agreed is a
 * complaint, filed here and evaluated by Diskominfo before the OPD tests again.
 */
@Component("acceptLinkTask")
public class AcceptLinkTaskListener extends FormTaskListener {

  static final FormField ACCEPTANCE = FormField.of("linkAcceptance", "Hasil uji jaringan");

  private final ConnectionService connections;
  private final ComplaintIntake intake;
  private final TransitionService transitions;

  public AcceptLinkTaskListener(
      ConnectionService connections, ComplaintIntake intake, TransitionService transitions) {
    this.connections = connections;
    this.intake = intake;
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    ConnectionOrder order = connections.require(TransitionProcess.CONNECTION_ORDER_ID.from(task));
    task.setVariablesLocal(
        Map.of(
            "viewAgreedBandwidth", order.bandwidthMbps() + " Mbps",
            "viewInstalledBandwidth", order.installedBandwidthMbps() + " Mbps",
            "viewCircuitId", order.circuitId(),
            "viewInstalledOn", order.installedOn().toString()));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    LinkAcceptance acceptance = input.requiredChoice(ACCEPTANCE, LinkAcceptance.class);
    ComplaintForm complaint = acceptance == LinkAcceptance.NOT_WORKING ? ComplaintForm.read(input) : null;
    input.throwIfInvalid();
    Long transitionId = TransitionProcess.TRANSITION_ID.from(task);
    String user = currentUser(task);
    transitions.recordDecision(transitionId, TransitionProcess.TASK_ACCEPT_LINK, acceptance, null, user);
    if (complaint == null) {
      // double spending runs from today until the old ISP contract ends
      transitions.recordAcceptance(transitionId, Wita.today());
    } else {
      Complaint filed =
          intake.fileAtAcceptance(
              transitionId,
              new Complaint.Report(
                  complaint.category(), complaint.description(), null, user, ComplaintChannel.TASKLIST));
      TransitionProcess.COMPLAINT_ID.set(task, filed.id());
    }
    input.consume();
    TransitionProcess.LINK_ACCEPTANCE.set(task, acceptance.name());
  }
}
