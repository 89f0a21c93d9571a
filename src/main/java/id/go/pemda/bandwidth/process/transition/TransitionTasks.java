package id.go.pemda.bandwidth.process.transition;

import static id.go.pemda.bandwidth.process.contract.TransitionContract.ACCEPTANCE_COMPLAINT_ID;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.BUDGET_HOLD_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.BUDGET_REVOCATION_DUE_AT;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.CHASE_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.CONNECTION_ORDER_ID;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.COORDINATION_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.EXEMPTION_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.EXEMPTION_END_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.FAILED_ORDER_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.INSTALLATION_DUE_AT;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.ISP_TERMINATION_DUE_AT;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.LINK_ACCEPTANCE;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.MONITORING_END_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.OLD_ISP_CONTRACT_TO_END;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.OPD_CODE;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.OVERDUE_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.PLAN_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.REVOCATION_DECISION;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.SITE_ID;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.TRANSITION_DEADLINE;
import static id.go.pemda.bandwidth.process.contract.TransitionContract.TRANSITION_ID;
import static id.go.pemda.bandwidth.process.form.FormTaskListener.currentUser;

import id.go.pemda.bandwidth.budget.BudgetInstrument;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.budget.BudgetHoldDecision;
import id.go.pemda.bandwidth.budget.BudgetHoldOutcome;
import id.go.pemda.bandwidth.budget.IspTerminationLetter;
import id.go.pemda.bandwidth.budget.RevocationDecision;
import id.go.pemda.bandwidth.budget.RevocationDocument;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.MonitoringEndOutcome;
import id.go.pemda.bandwidth.connection.ChaseDecision;
import id.go.pemda.bandwidth.connection.ChaseOutcome;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.ExemptionDecision;
import id.go.pemda.bandwidth.connection.ExemptionEndDecision;
import id.go.pemda.bandwidth.connection.ExemptionEndOutcome;
import id.go.pemda.bandwidth.connection.ExemptionOutcome;
import id.go.pemda.bandwidth.connection.FailedOrderOutcome;
import id.go.pemda.bandwidth.connection.LinkAcceptance;
import id.go.pemda.bandwidth.connection.SiteConnection;
import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.coordination.CoordinationOutcome;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.coordination.PlanDecision;
import id.go.pemda.bandwidth.coordination.Solution;
import id.go.pemda.bandwidth.process.ProcessVariable;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.process.view.TransitionViews.RecordBudgetRevocationForm;
import id.go.pemda.bandwidth.process.view.TransitionViews.CoordinationForm;
import id.go.pemda.bandwidth.process.view.TransitionViews.SurveyForm;
import id.go.pemda.bandwidth.site.SiteKind;
import id.go.pemda.bandwidth.survey.SiteInternet;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import id.go.pemda.bandwidth.survey.SurveyAnswers;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import id.go.pemda.bandwidth.transition.OverdueOutcome;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The user tasks of the OPD transition, each a bean named like the model's
 * {@code delegateExpression}: its form's contract, what the form shows ({@link TransitionViews})
 * and what a submission does, in the shape of a delegate: read the form, build one feature
 * command, call one service, record the decision. The rules are the features'; what they refuse
 * the form shows under its fields. A form's decision is keyed like the variable its gateway reads.
 */
@Configuration(proxyBeanMethods = false)
class TransitionTasks {

  private static final String RETURN_REASON = "returnReason";
  private static final String REJECTION_REASON = "rejectionReason";
  private static final String INSTALLED_ON = "installedOn";
  private static final String CIRCUIT_ID = "circuitId";
  private static final String INSTALLED_BANDWIDTH = "installedBandwidthMbps";
  private static final String PROMISED_DATE = "promisedDate";
  private static final String CANCELLATION_REASON = "cancellationReason";
  private static final String CHASE_NOTES = "chaseNotes";
  private static final String FOLLOW_UP_NOTES = "followUpNotes";
  private static final String SOLUTION_NOTES = "solutionNotes";
  private static final String PROPOSED_EXEMPTION_UNTIL = "proposedExemptionUntil";
  private static final String EXEMPTION_REASON = "exemptionReason";
  private static final String EXEMPTED_UNTIL = "exemptedUntil";
  private static final String NEW_EXEMPTED_UNTIL = "newExemptedUntil";
  private static final String DECISION_NOTES = "decisionNotes";
  private static final String ACCEPTED_ON = "acceptedOn";
  private static final String BAUT_NUMBER = "bautNumber";
  private static final String COMPLAINT_CATEGORY = "complaintCategory";
  private static final String COMPLAINT_DESCRIPTION = "complaintDescription";
  private static final String DEFER_REASON = "deferReason";
  private static final String CONFIRMATION_NOTE = "confirmationNote";
  private static final String RESTART_REASON = "restartReason";
  private static final String DOCUMENT_NUMBER = "documentNumber";
  private static final String DOCUMENT_DATE = "documentDate";
  private static final String HOLD_LETTER_NUMBER = "holdLetterNumber";
  private static final String HOLD_REASON = "holdReason";
  private static final String NEW_DEADLINE = "newDeadline";
  private static final String OVERDUE_REASON = "overdueReason";
  private static final String TERMINATED_ON = "ispTerminatedOn";
  private static final String TERMINATION_REFERENCE = "ispTerminationReference";
  private static final String SIGNER = "signerName";
  private static final String SIGNED_BY_HEAD = "signedByHead";

  private final TransitionViews views;
  private final TransitionService transitions;

  TransitionTasks(TransitionViews views, TransitionService transitions) {
    this.views = views;
    this.transitions = transitions;
  }

  /** A transition form: its list columns need only the OPD and site, not the whole view. */
  private FormTaskListener form(FormContract contract, FormTaskListener.View view, FormTaskListener.Completion completion) {
    return new FormTaskListener(contract, view, views::listColumns, completion);
  }

  /** Task_FillSurvey: the OPD lists its sites and what each has and needs. */
  @Bean
  FormTaskListener fillSurveyTask(SurveyService surveys) {
    return form(
        FormContract.of("form-fill-survey",
            List.of(SurveyForm.CONTACT_NAME, SurveyForm.CONTACT_PHONE, SurveyForm.OBSTACLES, SurveyForm.SITES),
            TransitionViews.FILL_SURVEY),
        task -> views.fillSurvey(TRANSITION_ID.from(task), OPD_CODE.from(task)),
        (task, input) -> surveys.submit(TRANSITION_ID.from(task), OPD_CODE.from(task), new SurveyAnswers(
            input.text(SurveyForm.CONTACT_NAME), input.text(SurveyForm.CONTACT_PHONE), input.text(SurveyForm.OBSTACLES),
            input.rows(SurveyForm.SITES).stream().map(TransitionTasks::siteAnswer).toList()), currentUser(task)));
  }

  /** Task_CoordinateTechnically: Diskominfo agrees every site's plan, or sends the survey back. */
  @Bean
  FormTaskListener coordinateTechnicallyTask(CoordinationService coordination) {
    return form(
        FormContract.of("form-coordinate-plan",
            List.of(COORDINATION_DECISION.name(), RETURN_REASON, CoordinationForm.SITES), TransitionViews.COORDINATE_PLAN),
        task -> views.coordinatePlan(TRANSITION_ID.from(task)),
        (task, input) -> {
          CoordinationDecision decision = input.decision(COORDINATION_DECISION);
          coordination.coordinate(TRANSITION_ID.from(task), new CoordinationOutcome(decision,
              decision == CoordinationDecision.AGREED
                  ? input.rows(CoordinationForm.SITES).stream().map(TransitionTasks::siteAgreement).toList()
                  : List.of()));
          decided(task, COORDINATION_DECISION, decision, input.text(RETURN_REASON));
        });
  }

  /** Task_ApprovePlan: the Head of Diskominfo approves every site's plan or returns it with a reason. */
  @Bean
  FormTaskListener approvePlanTask(CoordinationService coordination) {
    return form(
        FormContract.of("form-approve-plan", List.of(PLAN_DECISION.name(), REJECTION_REASON), TransitionViews.APPROVE_PLAN),
        task -> views.approvePlan(TRANSITION_ID.from(task)),
        (task, input) -> {
          PlanDecision decision = input.decision(PLAN_DECISION);
          coordination.decidePlan(TRANSITION_ID.from(task), decision);
          decided(task, PLAN_DECISION, decision, input.text(REJECTION_REASON));
        });
  }

  /** Task_ConfirmInstallation: Diskominfo records an installation Icon+ reported by phone or letter. */
  @Bean
  FormTaskListener confirmInstallationTask(ConnectionService connections) {
    return form(
        FormContract.of(
            "form-confirm-installation", List.of(INSTALLED_ON, CIRCUIT_ID, INSTALLED_BANDWIDTH), TransitionViews.ORDER),
        task -> views.order(CONNECTION_ORDER_ID.from(task)),
        (task, input) -> connections.confirmInstallation(CONNECTION_ORDER_ID.from(task),
            new ConnectionOrder.Installation(input.date(INSTALLED_ON), input.text(CIRCUIT_ID),
                input.wholeNumber(INSTALLED_BANDWIDTH).intValue(), currentUser(task))));
  }

  /**
   * Task_ChaseIconPlus: Icon+ promises a date (the site waits until then and is chased again if
   * nothing comes), or cannot install, and the order is cancelled and handled like a failed one.
   */
  @Bean
  FormTaskListener chaseIconPlusTask(ConnectionService connections) {
    return form(
        FormContract.of("form-chase-iconplus",
            List.of(CHASE_DECISION.name(), PROMISED_DATE, CANCELLATION_REASON, CHASE_NOTES), TransitionViews.ORDER_FOLLOW_UP),
        task -> views.orderFollowUp(CONNECTION_ORDER_ID.from(task)),
        (task, input) -> {
          ChaseDecision decision = input.decision(CHASE_DECISION);
          ConnectionOrder order = connections.chase(CONNECTION_ORDER_ID.from(task),
              new ChaseOutcome(decision, input.date(PROMISED_DATE), input.text(CANCELLATION_REASON)));
          if (decision == ChaseDecision.KEEP_WAITING) {
            INSTALLATION_DUE_AT.set(task, Date.from(order.installationDueAt()));
          }
          decided(task, CHASE_DECISION, decision, input.text(CHASE_NOTES));
        });
  }

  /**
   * Task_ReviewOverdueInstallation (Head of Diskominfo, 7 days past the SLA) and
   * Task_EscalateOverdueInstallation (Sekda, 14 days): each notes what they did about Icon+.
   */
  @Bean
  FormTaskListener reviewOverdueInstallationTask() {
    return form(
        FormContract.of("form-review-overdue-installation", List.of(FOLLOW_UP_NOTES), TransitionViews.OVERDUE_INSTALLATION),
        task -> views.overdueInstallation(CONNECTION_ORDER_ID.from(task)),
        (task, input) -> followedUp(task, input.text(FOLLOW_UP_NOTES)));
  }

  /**
   * Task_HandleFailedOrder: Diskominfo sends the order again, chooses another technical solution
   * under the central contract, or proposes that the site keeps its own line until a date.
   */
  @Bean
  FormTaskListener handleFailedOrderTask(ConnectionService connections) {
    return form(
        FormContract.of("form-handle-failed-order",
            List.of(FAILED_ORDER_DECISION.name(), SOLUTION_NOTES, PROPOSED_EXEMPTION_UNTIL, EXEMPTION_REASON),
            TransitionViews.FAILED_ORDER),
        task -> views.failedOrder(CONNECTION_ORDER_ID.from(task)),
        (task, input) -> {
          FailedOrderOutcome outcome = new FailedOrderOutcome(input.decision(FAILED_ORDER_DECISION),
              input.text(SOLUTION_NOTES), input.date(PROPOSED_EXEMPTION_UNTIL), input.text(EXEMPTION_REASON));
          connections.handleFailedOrder(TRANSITION_ID.from(task), SITE_ID.from(task), outcome);
          decided(task, FAILED_ORDER_DECISION, outcome.decision(), outcome.reason());
        });
  }

  /** Task_DecideExemption: the Sekda lets the site keep its own line until a date, or refuses. */
  @Bean
  FormTaskListener decideExemptionTask(ConnectionService connections) {
    return form(
        FormContract.of("form-decide-exemption",
            List.of(EXEMPTION_DECISION.name(), EXEMPTED_UNTIL, DECISION_NOTES), TransitionViews.DECIDE_EXEMPTION),
        task -> views.exemption(TRANSITION_ID.from(task), SITE_ID.from(task)),
        (task, input) -> {
          ExemptionDecision decision = input.decision(EXEMPTION_DECISION);
          connections.decideExemption(
              TRANSITION_ID.from(task), SITE_ID.from(task), new ExemptionOutcome(decision, input.date(EXEMPTED_UNTIL)));
          decided(task, EXEMPTION_DECISION, decision, input.text(DECISION_NOTES));
        });
  }

  /** Task_DecideExemptionEnd: a site's exemption ended; the Sekda has it connected or extends it. */
  @Bean
  FormTaskListener decideExemptionEndTask(ConnectionService connections) {
    return form(
        FormContract.of("form-decide-exemption-end",
            List.of(EXEMPTION_END_DECISION.name(), NEW_EXEMPTED_UNTIL, DECISION_NOTES), TransitionViews.DECIDE_EXEMPTION_END),
        task -> views.exemptionEnd(TRANSITION_ID.from(task), SITE_ID.from(task)),
        (task, input) -> {
          ExemptionEndDecision decision = input.decision(EXEMPTION_END_DECISION);
          connections.decideExemptionEnd(
              TRANSITION_ID.from(task), SITE_ID.from(task), new ExemptionEndOutcome(decision, input.date(NEW_EXEMPTED_UNTIL)));
          decided(task, EXEMPTION_END_DECISION, decision, input.text(DECISION_NOTES));
        });
  }

  /**
   * Task_ConnectExemptedSite: Diskominfo records the link of a site whose exemption ended, once
   * accepted; a site still on its own ISP then ends that contract like any accepted site.
   */
  @Bean
  FormTaskListener connectExemptedSiteTask(ConnectionService connections) {
    return form(
        FormContract.of("form-connect-exempted-site",
            List.of(CIRCUIT_ID, ACCEPTED_ON, BAUT_NUMBER), TransitionViews.CONNECT_EXEMPTED_SITE),
        task -> views.exemptedSite(SITE_ID.from(task)),
        (task, input) -> {
          connections.connectExemptedSite(TRANSITION_ID.from(task), SITE_ID.from(task),
              input.text(CIRCUIT_ID), new SiteConnection.Acceptance(input.date(ACCEPTED_ON), input.text(BAUT_NUMBER)));
          OLD_ISP_CONTRACT_TO_END.set(task, connections.paysOwnIsp(TRANSITION_ID.from(task), SITE_ID.from(task)));
        });
  }

  /**
   * Task_AcceptLink: the OPD tests the site's link. Accepted, it records the BAUT; not working,
   * it is a complaint, handled in a case of its own before the OPD tests again.
   */
  @Bean
  FormTaskListener acceptLinkTask(ConnectionService connections, ComplaintIntake intake) {
    return form(
        FormContract.of("form-accept-link",
            List.of(LINK_ACCEPTANCE.name(), ACCEPTED_ON, BAUT_NUMBER, COMPLAINT_CATEGORY, COMPLAINT_DESCRIPTION),
            TransitionViews.ACCEPT_LINK),
        task -> views.acceptLink(CONNECTION_ORDER_ID.from(task)),
        (task, input) -> {
          LinkAcceptance acceptance = input.decision(LINK_ACCEPTANCE);
          if (acceptance == LinkAcceptance.ACCEPTED) {
            connections.accept(CONNECTION_ORDER_ID.from(task),
                new SiteConnection.Acceptance(input.date(ACCEPTED_ON), input.text(BAUT_NUMBER)));
          } else {
            Complaint filed = intake.fileAtAcceptance(TRANSITION_ID.from(task), SITE_ID.from(task),
                new Complaint.Report(input.choice(COMPLAINT_CATEGORY, ComplaintCategory.class),
                    input.text(COMPLAINT_DESCRIPTION), null, currentUser(task), ComplaintChannel.TASKLIST));
            ACCEPTANCE_COMPLAINT_ID.set(task, filed.id());
          }
          decided(task, LINK_ACCEPTANCE, acceptance, input.text(BAUT_NUMBER));
        });
  }

  /**
   * Task_ConfirmMonitoringEnd: the quiet stretch passed; the Kepala Diskominfo confirms the
   * monitoring ended without complaints (the Sekda decides next), or restarts it with a reason.
   */
  @Bean
  FormTaskListener confirmMonitoringEndTask(ComplaintService complaints) {
    return form(
        FormContract.of("form-confirm-monitoring-end",
            List.of(MONITORING_END_DECISION.name(), CONFIRMATION_NOTE, RESTART_REASON), TransitionViews.CONFIRM_MONITORING_END),
        task -> views.confirmMonitoringEnd(TRANSITION_ID.from(task)),
        (task, input) -> {
          MonitoringEndOutcome outcome = new MonitoringEndOutcome(
              input.decision(MONITORING_END_DECISION), input.text(CONFIRMATION_NOTE), input.text(RESTART_REASON));
          complaints.decideMonitoringEnd(TRANSITION_ID.from(task), outcome);
          decided(task, MONITORING_END_DECISION, outcome.decision(), outcome.reason());
        });
  }

  /**
   * Task_ApproveBudgetRevocation: after the monitoring the Sekda approves the move, or defers it
   * and another monitoring period starts.
   */
  @Bean
  FormTaskListener approveBudgetRevocationTask(BudgetService budgets) {
    return form(
        FormContract.of("form-approve-budget-revocation",
            List.of(REVOCATION_DECISION.name(), DEFER_REASON), TransitionViews.APPROVE_BUDGET_REVOCATION),
        task -> views.approveBudgetRevocation(TRANSITION_ID.from(task)),
        (task, input) -> {
          RevocationDecision decision = input.decision(REVOCATION_DECISION);
          budgets.decideRevocation(TRANSITION_ID.from(task), decision);
          decided(task, REVOCATION_DECISION, decision, input.text(DEFER_REASON));
        });
  }

  /** Task_RecordBudgetRevocation: BPKAD records the instrument that moved the OPD's line, with its document. */
  @Bean
  FormTaskListener recordBudgetRevocationTask(BudgetService budgets) {
    return form(
        FormContract.of("form-record-budget-revocation",
            List.of(RecordBudgetRevocationForm.INSTRUMENT, DOCUMENT_NUMBER, DOCUMENT_DATE,
                RecordBudgetRevocationForm.TAPD_DECISION_NUMBER),
            TransitionViews.RECORD_BUDGET_REVOCATION),
        task -> views.recordBudgetRevocation(TRANSITION_ID.from(task)),
        (task, input) -> budgets.revoke(TRANSITION_ID.from(task), new RevocationDocument(
            input.choice(RecordBudgetRevocationForm.INSTRUMENT, BudgetInstrument.class), input.text(DOCUMENT_NUMBER),
            input.date(DOCUMENT_DATE), input.text(RecordBudgetRevocationForm.TAPD_DECISION_NUMBER)),
            currentUser(task)));
  }

  /**
   * Task_DecideBudgetHold: a complaint filed after the approval holds BPKAD's record; the Sekda
   * keeps it held until the complaint is closed, or allows the record in writing.
   */
  @Bean
  FormTaskListener decideBudgetHoldTask(BudgetService budgets) {
    return form(
        FormContract.of("form-decide-budget-hold",
            List.of(BUDGET_HOLD_DECISION.name(), HOLD_LETTER_NUMBER, HOLD_REASON), TransitionViews.DECIDE_BUDGET_HOLD),
        task -> views.budgetHold(TRANSITION_ID.from(task)),
        (task, input) -> {
          BudgetHoldDecision decision = input.decision(BUDGET_HOLD_DECISION);
          budgets.decideHold(TRANSITION_ID.from(task),
              new BudgetHoldOutcome(decision, input.text(HOLD_LETTER_NUMBER), input.text(HOLD_REASON)), currentUser(task));
          BUDGET_HOLD_DECISION.set(task, decision);
        });
  }

  /** Task_RemindBudgetRevocation: the Sekda follows up on BPKAD, which has not recorded the move. */
  @Bean
  FormTaskListener remindBudgetRevocationTask() {
    return form(
        FormContract.of("form-closing-reminder", List.of(FOLLOW_UP_NOTES), TransitionViews.CLOSING_REMINDER),
        task -> views.budgetRevocationReminder(
            TRANSITION_ID.from(task), BUDGET_REVOCATION_DUE_AT.from(task).toInstant()),
        (task, input) -> followedUp(task, input.text(FOLLOW_UP_NOTES)));
  }

  /**
   * Task_DecideOverdueTransition: the OPD is still in transition at its deadline. The Sekda cuts
   * its budget now (its network goes on), or extends the deadline.
   */
  @Bean
  FormTaskListener decideOverdueTransitionTask() {
    return form(
        FormContract.of("form-decide-overdue-transition",
            List.of(OVERDUE_DECISION.name(), NEW_DEADLINE, OVERDUE_REASON), TransitionViews.DECIDE_OVERDUE_TRANSITION),
        task -> views.overdueTransition(TRANSITION_ID.from(task)),
        (task, input) -> {
          OverdueDecision decision = input.decision(OVERDUE_DECISION);
          OpdTransition transition = transitions.decideOverdue(
              TRANSITION_ID.from(task), new OverdueOutcome(decision, input.date(NEW_DEADLINE)));
          if (decision == OverdueDecision.EXTEND) {
            TRANSITION_DEADLINE.set(task, Date.from(transition.deadline()));
          }
          decided(task, OVERDUE_DECISION, decision, input.text(OVERDUE_REASON));
        });
  }

  /** Task_ConfirmIspTermination: the OPD ends one site's old ISP contract. */
  @Bean
  FormTaskListener confirmIspTerminationTask(BudgetService budgets) {
    return form(
        FormContract.of("form-confirm-isp-termination",
            List.of(TERMINATED_ON, TERMINATION_REFERENCE, SIGNER, SIGNED_BY_HEAD), TransitionViews.CONFIRM_ISP_TERMINATION),
        task -> views.ispTermination(TRANSITION_ID.from(task), SITE_ID.from(task)),
        (task, input) -> budgets.confirmIspTermination(TRANSITION_ID.from(task), SITE_ID.from(task),
            new IspTerminationLetter(input.date(TERMINATED_ON), input.text(TERMINATION_REFERENCE), input.text(SIGNER),
                Boolean.TRUE.equals(input.bool(SIGNED_BY_HEAD))),
            currentUser(task)));
  }

  /** Task_RemindIspTermination: Diskominfo follows up on the OPD, which has not ended a site's old contract. */
  @Bean
  FormTaskListener remindIspTerminationTask() {
    return form(
        FormContract.of("form-closing-reminder", List.of(FOLLOW_UP_NOTES), TransitionViews.CLOSING_REMINDER),
        task -> views.ispTerminationReminder(
            TRANSITION_ID.from(task), SITE_ID.from(task), ISP_TERMINATION_DUE_AT.from(task).toInstant()),
        (task, input) -> followedUp(task, input.text(FOLLOW_UP_NOTES)));
  }

  /** On the transition's decision log (who, when, why), and for the gateway after the task. */
  private <E extends Enum<E>> void decided(DelegateTask task, ProcessVariable<E> variable, E decision, String reason) {
    transitions.recordDecision(
        TRANSITION_ID.from(task), task.getTaskDefinitionKey(), decision, reason, currentUser(task));
    variable.set(task, decision);
  }

  private void followedUp(DelegateTask task, String notes) {
    transitions.recordFollowUp(TRANSITION_ID.from(task), task.getTaskDefinitionKey(), notes, currentUser(task));
  }

  private static SurveyAnswers.SiteAnswer siteAnswer(FormInput.Row row) {
    Long notice = row.wholeNumber(SurveyForm.NOTICE_DAYS);
    SurveyAnswers.Internet internet = new SurveyAnswers.Internet(
        row.choice(SurveyForm.CONNECTIVITY, SiteInternet.class), row.text(SurveyForm.ISP_NAME),
        row.date(SurveyForm.CONTRACT_END),
        notice == null ? null : notice.intValue(), row.wholeNumber(SurveyForm.CURRENT_BANDWIDTH).intValue(),
        row.rupiah(SurveyForm.MONTHLY_COST), row.text(SurveyForm.ICONPLUS_CIRCUIT));
    SiteSurvey.Needs needs = SiteSurvey.Needs.staff(row.wholeNumber(SurveyForm.STAFF).intValue())
        .counters(row.wholeNumber(SurveyForm.COUNTERS).intValue())
        .cameras(row.wholeNumber(SurveyForm.CAMERAS).intValue())
        .applications(row.wholeNumber(SurveyForm.APPLICATIONS).intValue());
    return new SurveyAnswers.SiteAnswer(
        row.text(SurveyForm.SITE_CODE), row.text(SurveyForm.NAME), row.choice(SurveyForm.KIND, SiteKind.class),
        row.text(SurveyForm.KELURAHAN), row.text(SurveyForm.DESA), row.text(SurveyForm.ADDRESS), internet, needs);
  }

  private static CoordinationOutcome.SiteAgreement siteAgreement(FormInput.Row row) {
    return new CoordinationOutcome.SiteAgreement(
        row.text(CoordinationForm.SITE_CODE), row.wholeNumber(CoordinationForm.AGREED_MBPS).intValue(),
        row.rupiah(CoordinationForm.CENTRAL_MONTHLY_COST), row.choice(CoordinationForm.SOLUTION, Solution.class),
        row.text(CoordinationForm.TECHNICAL_NOTES));
  }
}
