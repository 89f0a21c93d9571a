package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.CurrentUser;
import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormServerSide;
import id.go.pemda.bandwidth.process.tenant.TenantIds;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ForceCut of {@code force-cut.bpmn}: the Sekda's start form, checked and carried out. */
@Component("forceCut")
public class ForceCutDelegate implements JavaDelegate, FormServerSide {

  static final String OPD_CODE = "opdCode";
  static final String REASON = "forceCutReason";
  static final FormContract FORM = FormContract.of("form-force-cut", List.of(OPD_CODE, REASON), List.of());

  private final ForceCutService forceCut;

  public ForceCutDelegate(ForceCutService forceCut) {
    this.forceCut = forceCut;
  }

  @Override
  public FormContract contract() {
    return FORM;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.ofStart(execution, FORM);
    OpdTransition cut = input.apply(() -> forceCut.cut(
        TenantIds.of(execution), input.text(OPD_CODE), input.text(REASON), CurrentUser.of(execution).orElse("system")));
    input.consume();
    // kept so that Cockpit shows which OPD was cut
    ForceCutContract.OPD_CODE.set(execution, cut.opdCode());
  }
}
