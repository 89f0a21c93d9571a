package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.LinkAcceptance;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_AcceptLink: the OPD tests one site's installed link. Accepted, it records the berita acara
 * uji terima (BAUT). Not working, it is a complaint with the same response deadline as any other,
 * handled in its own case before the OPD tests again.
 */
@Component("acceptLinkTask")
public class AcceptLinkTaskListener extends FormTaskListener {

  static final String ACCEPTANCE = "linkAcceptance";
  static final String ACCEPTED_ON = "acceptedOn";
  static final String BAUT_NUMBER = "bautNumber";
  static final String CATEGORY = "complaintCategory";
  static final String DESCRIPTION = "complaintDescription";
  static final FormContract FORM =
      FormContract.of(
          "form-accept-link", List.of(ACCEPTANCE, ACCEPTED_ON, BAUT_NUMBER, CATEGORY, DESCRIPTION),
          List.of("viewOpd", "viewSite", "viewAgreedBandwidth", "viewInstalledBandwidth", "viewCircuitId", "viewInstalledOn"));

  private final ConnectionService connections;
  private final ComplaintIntake intake;
  private final TransitionService transitions;
  private final PlanSummary summary;
  private final SiteRegistry sites;
  private final Clock clock;

  public AcceptLinkTaskListener(
      ConnectionService connections, ComplaintIntake intake, TransitionService transitions, PlanSummary summary,
      SiteRegistry sites, Clock clock) {
    this.connections = connections;
    this.intake = intake;
    this.transitions = transitions;
    this.summary = summary;
    this.sites = sites;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    ConnectionOrder order = connections.requireOrder(TransitionContract.CONNECTION_ORDER_ID.from(task));
    Map<String, Object> shown = new HashMap<>();
    shown.put("viewOpd", summary.opdName(order.opdCode()));
    shown.put("viewSite", sites.require(order.siteId()).name());
    shown.put("viewAgreedBandwidth", order.bandwidthMbps() + " Mbps");
    shown.put("viewInstalledBandwidth", order.installation().installedBandwidthMbps() + " Mbps");
    shown.put("viewCircuitId", order.installation().circuitId());
    shown.put("viewInstalledOn", Wita.formatDate(order.installation().installedOn()));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    LinkAcceptance acceptance = input.choice(ACCEPTANCE, LinkAcceptance.class);
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    String user = currentUser(task);
    if (acceptance == LinkAcceptance.ACCEPTED) {
      connections.accept(TransitionContract.CONNECTION_ORDER_ID.from(task),
          new SiteConnection.Acceptance(input.date(ACCEPTED_ON), input.text(BAUT_NUMBER)));
    } else {
      Complaint filed =
          intake.fileAtAcceptance(
              transitionId, TransitionContract.SITE_ID.from(task),
              new Complaint.Report(
                  input.choice(CATEGORY, ComplaintCategory.class), input.text(DESCRIPTION), null, user,
                  ComplaintChannel.TASKLIST));
      TransitionContract.ACCEPTANCE_COMPLAINT_ID.set(task, filed.id());
    }
    transitions.recordDecision(transitionId, TransitionContract.TASK_ACCEPT_LINK, acceptance, input.text(BAUT_NUMBER), user);
    TransitionContract.LINK_ACCEPTANCE.set(task, acceptance);
  }
}
