package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.workflow.CurrentUser;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ForceCut of {@code force-cut.bpmn}: the Sekda's start form, checked and carried out. */
@Component("forceCut")
public class ForceCutDelegate implements JavaDelegate {

  static final FormField OPD_CODE = FormField.of("opdCode", "Kode OPD");
  static final FormField REASON = FormField.of("forceCutReason", "Alasan pemutusan");

  private final ForceCutService forceCut;

  public ForceCutDelegate(ForceCutService forceCut) {
    this.forceCut = forceCut;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    String opdCode = input.requiredText(OPD_CODE, 40);
    String reason = input.requiredText(REASON, 2000);
    Optional<OpdTransition> transition =
        opdCode == null ? Optional.empty() : forceCut.cuttable(opdCode.toUpperCase(Locale.ROOT));
    if (opdCode != null && transition.isEmpty()) {
      input.reject(
          OPD_CODE,
          "OPD " + opdCode + " tidak sedang dalam transisi yang dapat diputus (belum dimulai atau sudah dicabut)");
    }
    input.throwIfInvalid();
    forceCut.cut(transition.get(), reason, CurrentUser.of(execution).orElse("system"));
    input.consume();
    // kept so that Cockpit shows which OPD was cut
    TransitionProcess.OPD_CODE.set(execution, transition.get().opdCode());
  }
}
