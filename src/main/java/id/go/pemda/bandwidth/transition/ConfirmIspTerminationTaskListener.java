package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ConfirmIspTermination: the OPD confirms its own ISP contract has ended. */
@Component("confirmIspTerminationTask")
public class ConfirmIspTerminationTaskListener extends FormTaskListener {

  static final FormField TERMINATED_ON = FormField.of("ispTerminatedOn", "Tanggal kontrak ISP berakhir");
  static final FormField REFERENCE =
      FormField.of("ispTerminationReference", "Nomor surat pemutusan kontrak");

  private final TransitionService transitions;

  public ConfirmIspTerminationTaskListener(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    LocalDate terminatedOn = input.requiredDate(TERMINATED_ON);
    String reference = input.requiredText(REFERENCE, 200);
    input.throwIfInvalid();
    transitions.recordIspTermination(
        TransitionProcess.TRANSITION_ID.from(task), terminatedOn, reference, currentUser(task));
    input.consume();
  }
}
