package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Task_ConfirmIspTermination: the OPD confirms its own ISP contract has ended. */
@Component("confirmIspTerminationTask")
public class ConfirmIspTerminationTaskListener extends FormTaskListener {

  static final String TERMINATED_ON = "ispTerminatedOn";
  static final String REFERENCE = "ispTerminationReference";
  static final FormContract FORM =
      FormContract.of("form-confirm-isp-termination", List.of(TERMINATED_ON, REFERENCE), List.of());

  private final TransitionService transitions;

  public ConfirmIspTerminationTaskListener(TransitionService transitions) {
    this.transitions = transitions;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  protected void onComplete(DelegateTask task, FormInput input) {
    transitions.recordIspTermination(
        TransitionContract.TRANSITION_ID.from(task), input.date(TERMINATED_ON), input.text(REFERENCE), currentUser(task));
  }
}
