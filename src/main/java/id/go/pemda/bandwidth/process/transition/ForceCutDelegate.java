package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.process.CurrentUser;
import id.go.pemda.bandwidth.process.contract.ForceCutContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormReader;
import id.go.pemda.bandwidth.process.tenant.TenantIds;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.OpdTransition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ForceCut of {@code force-cut.bpmn}: the Sekda's start form, checked and carried out. */
@Component("forceCut")
public class ForceCutDelegate implements JavaDelegate, FormReader {

  static final String OPD_CODE = "opdCode";
  static final String REASON = "forceCutReason";
  static final FormContract FORM = FormContract.of("form-force-cut", List.of(OPD_CODE, REASON), List.of());

  private final ForceCutService forceCut;

  public ForceCutDelegate(ForceCutService forceCut) {
    this.forceCut = forceCut;
  }

  @Override
  public FormContract form() {
    return FORM;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.ofStart(execution, FORM);
    String given = input.text(OPD_CODE).toUpperCase(Locale.ROOT);
    // the Sekda writes the code of the Pemda's own registry; another Pemda's OPD is never found
    String tenant = TenantIds.of(execution);
    String opdCode = given.contains(".") ? given : Tenants.opdCode(tenant, given);
    Optional<OpdTransition> transition =
        Tenants.of(opdCode).equals(tenant) ? forceCut.cuttable(opdCode) : Optional.empty();
    if (transition.isEmpty()) {
      input.reject(
          OPD_CODE,
          "OPD " + opdCode + " tidak sedang dalam transisi yang anggarannya masih dapat dipotong"
              + " (belum dimulai, sudah dipotong, atau anggarannya sudah dipindahkan)");
    }
    input.throwIfInvalid();
    forceCut.cut(transition.get(), input.text(REASON), CurrentUser.of(execution).orElse("system"));
    input.consume();
    // kept so that Cockpit shows which OPD was cut
    ForceCutContract.OPD_CODE.set(execution, transition.get().opdCode());
  }
}
