package id.go.pemda.bandwidth.process.complaint;

import static id.go.pemda.bandwidth.process.contract.ComplaintCaseContract.COMPLAINT_ID;
import static id.go.pemda.bandwidth.process.contract.ComplaintCaseContract.EVALUATION_RESULT;
import static id.go.pemda.bandwidth.process.contract.ComplaintCaseContract.REPAIR_CONFIRMATION;
import static id.go.pemda.bandwidth.process.contract.ComplaintCaseContract.REPAIR_DUE_AT;
import static id.go.pemda.bandwidth.process.contract.ComplaintCaseContract.TICKET_ID;
import static id.go.pemda.bandwidth.process.form.FormTaskListener.currentUser;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.EvaluationResult;
import id.go.pemda.bandwidth.complaint.RepairConfirmation;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.complaint.TroubleTicketService;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.process.view.ComplaintViews;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The user tasks of the complaint processes (intake and case), each a bean named like the model's
 * {@code delegateExpression}: its form's contract, what the form shows ({@link ComplaintViews})
 * and the one {@link ComplaintService} call a submission makes. A form's decision is keyed like
 * the variable its gateway reads.
 */
@Configuration(proxyBeanMethods = false)
class ComplaintTasks {

  private static final String EVALUATION_NOTES = "evaluationNotes";
  private static final String CONFIRMATION_NOTES = "confirmationNotes";
  private static final String ESCALATION_NOTES = "escalationNotes";
  private static final String FOLLOW_UP_NOTES = "followUpNotes";
  private static final String REPAIR_REPORT = "repairReport";

  private final ComplaintViews views;
  private final ComplaintService complaints;

  ComplaintTasks(ComplaintViews views, ComplaintService complaints) {
    this.views = views;
    this.complaints = complaints;
  }

  /** Task_ConfirmComplaintReceipt: tells the OPD its complaint number and where it went. */
  @Bean
  FormTaskListener complaintReceiptTask() {
    return FormTaskListener.viewOnly(
        FormContract.viewOnly("form-complaint-receipt", ComplaintViews.RECEIPT),
        task -> views.receipt(COMPLAINT_ID.from(task)));
  }

  /**
   * Task_EvaluateComplaint: Diskominfo records its finding. A fault of Icon+ opens a trouble
   * ticket with a repair deadline by severity; the complaint stays open until the OPD confirms.
   */
  @Bean
  FormTaskListener evaluateComplaintTask() {
    return new FormTaskListener(
        FormContract.of(
            "form-evaluate-complaint", List.of(EVALUATION_RESULT.name(), EVALUATION_NOTES), ComplaintViews.EVALUATION),
        task -> views.evaluation(COMPLAINT_ID.from(task)),
        (task, input) -> {
          EvaluationResult result = input.decision(EVALUATION_RESULT);
          Optional<TroubleTicket> ticket =
              complaints.evaluate(COMPLAINT_ID.from(task), result, input.text(EVALUATION_NOTES), currentUser(task));
          EVALUATION_RESULT.set(task, result);
          awaitRepair(task, ticket);
        });
  }

  /**
   * Task_ConfirmRepair: the OPD tests its link after Icon+'s repair. Working, ticket and complaint
   * close; still down, a new ticket goes to Icon+.
   */
  @Bean
  FormTaskListener confirmRepairTask() {
    return new FormTaskListener(
        FormContract.of(
            "form-confirm-repair", List.of(REPAIR_CONFIRMATION.name(), CONFIRMATION_NOTES), ComplaintViews.REPAIR),
        task -> views.repair(COMPLAINT_ID.from(task), TICKET_ID.from(task)),
        (task, input) -> {
          RepairConfirmation confirmation = input.decision(REPAIR_CONFIRMATION);
          Optional<TroubleTicket> next = complaints.confirmRepair(
              TICKET_ID.from(task), confirmation, input.text(CONFIRMATION_NOTES), currentUser(task));
          REPAIR_CONFIRMATION.set(task, confirmation);
          awaitRepair(task, next);
        });
  }

  /**
   * Task_AwaitRepair: the case waits for Icon+'s repair report (its callback ends the task); when
   * Icon+ reports by phone or letter, Diskominfo records the repair here and the OPD confirms.
   */
  @Bean
  FormTaskListener awaitRepairTask(TroubleTicketService tickets) {
    return new FormTaskListener(
        FormContract.of("form-record-repair", List.of(REPAIR_REPORT), ComplaintViews.OVERDUE_REPAIR),
        task -> views.overdueRepair(COMPLAINT_ID.from(task), TICKET_ID.from(task)),
        (task, input) -> tickets.recordRepairReport(TICKET_ID.from(task), input.text(REPAIR_REPORT), currentUser(task)));
  }

  /** Task_RemindRepairConfirmation: the OPD has not tested its link after the repair; Diskominfo follows up. */
  @Bean
  FormTaskListener remindRepairConfirmationTask() {
    return new FormTaskListener(
        FormContract.of("form-remind-repair-confirmation", List.of(FOLLOW_UP_NOTES), ComplaintViews.REPAIR),
        task -> views.repair(COMPLAINT_ID.from(task), TICKET_ID.from(task)),
        (task, input) -> complaints.recordEscalationNotes(COMPLAINT_ID.from(task), input.text(FOLLOW_UP_NOTES)));
  }

  /** Task_ReviewOverdueComplaint: Diskominfo missed the response deadline; the Head notes what was done. */
  @Bean
  FormTaskListener reviewOverdueComplaintTask() {
    return new FormTaskListener(
        FormContract.of("form-review-overdue-complaint", List.of(ESCALATION_NOTES), ComplaintViews.COMPLAINT),
        task -> views.complaint(COMPLAINT_ID.from(task)),
        (task, input) -> complaints.recordEscalationNotes(COMPLAINT_ID.from(task), input.text(ESCALATION_NOTES)));
  }

  /** Task_ReviewOverdueRepair: the Head of Diskominfo notes what was done about Icon+'s late repair. */
  @Bean
  FormTaskListener reviewOverdueRepairTask() {
    return new FormTaskListener(
        FormContract.of("form-review-overdue-repair", List.of(FOLLOW_UP_NOTES), ComplaintViews.OVERDUE_REPAIR),
        task -> views.overdueRepair(COMPLAINT_ID.from(task), TICKET_ID.from(task)),
        (task, input) -> complaints.recordEscalationNotes(COMPLAINT_ID.from(task), input.text(FOLLOW_UP_NOTES)));
  }

  /** A ticket opened at Icon+: the case waits for its repair, by its deadline. */
  private static void awaitRepair(DelegateTask task, Optional<TroubleTicket> ticket) {
    ticket.ifPresent(opened -> {
      TICKET_ID.set(task, opened.id());
      REPAIR_DUE_AT.set(task, Date.from(opened.repairDueAt()));
    });
  }
}
