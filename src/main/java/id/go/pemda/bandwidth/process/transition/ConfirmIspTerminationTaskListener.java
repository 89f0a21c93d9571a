package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.IspTerminationLetter;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmIspTermination: the OPD ends one site's old ISP contract, by a letter the Kepala
 * Perangkat Daerah signed, on a day its line still pays (no bill after its budget is zero).
 */
@Component("confirmIspTerminationTask")
public class ConfirmIspTerminationTaskListener extends FormTaskListener {

  static final String TERMINATED_ON = "ispTerminatedOn";
  static final String REFERENCE = "ispTerminationReference";
  static final String SIGNER = "signerName";
  static final String SIGNED_BY_HEAD = "signedByHead";
  static final FormContract FORM =
      FormContract.of("form-confirm-isp-termination", List.of(TERMINATED_ON, REFERENCE, SIGNER, SIGNED_BY_HEAD),
          List.of("viewOpd", "viewSite", "viewCurrentIsp", "viewContractEnd", "viewPaidUntil"));

  private final ConnectionService connections;
  private final BudgetService budgets;
  private final SiteRegistry sites;
  private final PlanSummary summary;

  public ConfirmIspTerminationTaskListener(
      ConnectionService connections, BudgetService budgets, SiteRegistry sites, PlanSummary summary) {
    this.connections = connections;
    this.budgets = budgets;
    this.sites = sites;
    this.summary = summary;
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
    SiteSurvey.Connectivity current = connections.surveyOf(transitionId, siteId).current();
    Map<String, Object> shown = new HashMap<>();
    shown.put("viewOpd", summary.opdName(site.opdCode()));
    shown.put("viewSite", site.name());
    shown.put("viewCurrentIsp", current.currentIsp());
    shown.put("viewContractEnd", Wita.formatDate(current.contractEnd())
        + (current.noticeDays() == null ? "" : ", pemberitahuan " + current.noticeDays() + " hari"));
    shown.put("viewPaidUntil", Wita.formatDate(budgets.paidUntil(transitionId, siteId)));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    budgets.confirmIspTermination(
        TransitionContract.TRANSITION_ID.from(task), TransitionContract.SITE_ID.from(task),
        new IspTerminationLetter(input.date(TERMINATED_ON), input.text(REFERENCE), input.text(SIGNER),
            Boolean.TRUE.equals(input.bool(SIGNED_BY_HEAD))),
        currentUser(task));
  }
}
