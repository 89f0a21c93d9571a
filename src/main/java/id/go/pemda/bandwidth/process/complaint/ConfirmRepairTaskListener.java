package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintView;
import id.go.pemda.bandwidth.complaint.RepairConfirmation;
import id.go.pemda.bandwidth.complaint.TroubleTicket;
import id.go.pemda.bandwidth.process.contract.ComplaintCase;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_ConfirmRepair: Icon+ reported the repair; the OPD tests its link. Working, the ticket and
 * the complaint close; still down, a new ticket goes to Icon+ and the complaint stays open.
 */
@Component("confirmRepairTask")
public class ConfirmRepairTaskListener extends FormTaskListener {

  static final String CONFIRMATION = "repairConfirmation";
  static final String NOTES = "confirmationNotes";
  static final FormContract FORM = FormContract.of("form-confirm-repair", List.of(CONFIRMATION, NOTES), views());

  private final ComplaintService complaints;

  public ConfirmRepairTaskListener(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected Map<String, Object> show(DelegateTask task) {
    Map<String, Object> shown = new HashMap<>(complaints.view(complaints.require(ComplaintCase.COMPLAINT_ID.from(task))));
    shown.putAll(ComplaintView.ofTicket(complaints.requireTicket(ComplaintCase.TICKET_ID.from(task))));
    return shown;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    RepairConfirmation confirmation = input.choice(CONFIRMATION, RepairConfirmation.class);
    Optional<TroubleTicket> next =
        complaints.confirmRepair(ComplaintCase.TICKET_ID.from(task), confirmation, input.text(NOTES), currentUser(task));
    ComplaintCase.REPAIR_CONFIRMATION.set(task, confirmation);
    next.ifPresent(ticket -> {
      ComplaintCase.TICKET_ID.set(task, ticket.id());
      ComplaintCase.REPAIR_DUE_AT.set(task, Date.from(ticket.repairDueAt()));
    });
  }

  private static List<String> views() {
    List<String> views = new ArrayList<>(ComplaintView.TICKET_VIEWS);
    views.add(ComplaintView.REPAIRED_AT);
    views.addAll(ComplaintView.VIEWS);
    return views;
  }
}
