package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.LinkAcceptance;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AcceptLink: the OPD tests the installed link. A link that does not work as agreed is a
 * complaint, filed here and evaluated by Diskominfo before the OPD tests again.
 */
@Component("acceptLinkTask")
public class AcceptLinkTaskListener extends FormTaskListener {

  static final String ACCEPTANCE = "linkAcceptance";
  static final String CATEGORY = "complaintCategory";
  static final String DESCRIPTION = "complaintDescription";
  static final FormContract FORM =
      FormContract.of(
          "form-accept-link",
          List.of(ACCEPTANCE, CATEGORY, DESCRIPTION),
          List.of("viewAgreedBandwidth", "viewInstalledBandwidth", "viewCircuitId", "viewInstalledOn"));

  private final ConnectionService connections;
  private final ComplaintIntake intake;
  private final TransitionService transitions;
  private final Clock clock;

  public AcceptLinkTaskListener(
      ConnectionService connections, ComplaintIntake intake, TransitionService transitions, Clock clock) {
    this.connections = connections;
    this.intake = intake;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    ConnectionOrder order = connections.require(TransitionContract.CONNECTION_ORDER_ID.from(task));
    return Map.of(
        "viewAgreedBandwidth", order.bandwidthMbps() + " Mbps",
        "viewInstalledBandwidth", order.installedBandwidthMbps() + " Mbps",
        "viewCircuitId", order.circuitId(),
        "viewInstalledOn", order.installedOn().toString());
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    LinkAcceptance acceptance = input.choice(ACCEPTANCE, LinkAcceptance.class);
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    String user = currentUser(task);
    transitions.recordDecision(transitionId, TransitionContract.TASK_ACCEPT_LINK, acceptance, null, user);
    if (acceptance == LinkAcceptance.ACCEPTED) {
      // double spending runs from today until the old ISP contract ends
      transitions.recordAcceptance(transitionId, Wita.today(clock));
    } else {
      Complaint filed =
          intake.fileAtAcceptance(
              transitionId,
              new Complaint.Report(
                  input.choice(CATEGORY, ComplaintCategory.class), input.text(DESCRIPTION), null, user,
                  ComplaintChannel.TASKLIST));
      ComplaintCase.COMPLAINT_ID.set(task, filed.id());
    }
    TransitionContract.LINK_ACCEPTANCE.set(task, acceptance);
  }
}
