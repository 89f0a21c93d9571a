package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.ExemptionDecision;
import id.go.pemda.bandwidth.connection.ExemptionOutcome;
import id.go.pemda.bandwidth.connection.OrderView;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_DecideExemption: the Sekda lets a site Icon+ cannot connect keep its own line until a date
 * (its budget is not moved for those months), or refuses and Diskominfo looks again.
 */
@Component("decideExemptionTask")
public class DecideExemptionTaskListener extends FormTaskListener {

  static final String DECISION = "exemptionDecision";
  static final String UNTIL = "exemptedUntil";
  static final String NOTES = "decisionNotes";
  static final FormContract FORM =
      FormContract.of("form-decide-exemption", List.of(DECISION, UNTIL, NOTES),
          List.of("viewOpd", "viewSite", "viewSiteAddress", OrderView.FAILURE_REASON, "viewExemptionReason",
              "viewProposedUntil", "viewOwnMonthlyCost"));

  private final ConnectionService connections;
  private final SiteRegistry sites;
  private final PlanSummary summary;
  private final TransitionService transitions;
  private final Clock clock;

  public DecideExemptionTaskListener(
      ConnectionService connections, SiteRegistry sites, PlanSummary summary, TransitionService transitions,
      Clock clock) {
    this.connections = connections;
    this.sites = sites;
    this.summary = summary;
    this.transitions = transitions;
    this.clock = clock;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    Long siteId = TransitionContract.SITE_ID.from(task);
    Site site = sites.require(siteId);
    SiteConnection connection = connections.require(transitionId, siteId);
    Map<String, Object> shown = new HashMap<>();
    shown.put("viewOpd", summary.opdName(site.opdCode()));
    shown.put("viewSite", site.name());
    shown.put("viewSiteAddress", site.address() + ", Kel. " + site.kelurahan());
    ConnectionOrder order = connections.currentOrder(transitionId, siteId);
    shown.putAll(OrderView.failure(order));
    shown.put("viewExemptionReason", connection.exemption().exemptionReason());
    shown.put("viewProposedUntil", Wita.formatDate(connection.exemption().exemptedUntil()));
    shown.put("viewOwnMonthlyCost", Rupiah.format(connections.surveyOf(transitionId, siteId).current().monthlyCostRupiah()));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    ExemptionDecision decision = input.choice(DECISION, ExemptionDecision.class);
    Long transitionId = TransitionContract.TRANSITION_ID.from(task);
    connections.decideExemption(
        transitionId, TransitionContract.SITE_ID.from(task), new ExemptionOutcome(decision, input.date(UNTIL)));
    transitions.recordDecision(transitionId, TransitionContract.TASK_DECIDE_EXEMPTION, decision, input.text(NOTES), currentUser(task));
    TransitionContract.EXEMPTION_DECISION.set(task, decision);
  }
}
