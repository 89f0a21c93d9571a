package id.go.pemda.bandwidth.process.complaint;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.process.CurrentUser;
import id.go.pemda.bandwidth.process.contract.ComplaintIntakeContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormServerSide;
import id.go.pemda.bandwidth.process.tenant.TenantIds;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Task_RouteComplaint of {@code complaint-intake.bpmn}: the OPD is the one whose group the
 * reporting user belongs to; the complaint is stored and routed by {@link ComplaintIntake}.
 */
@Component("routeComplaint")
public class RouteComplaintDelegate implements JavaDelegate, FormServerSide {

  static final String CATEGORY = "complaintCategory";
  static final String DESCRIPTION = "complaintDescription";
  static final String OCCURRED_AT = "occurredAt";
  static final FormContract FORM =
      FormContract.of("form-report-complaint", List.of(CATEGORY, DESCRIPTION, OCCURRED_AT), List.of());

  private final ComplaintIntake intake;
  private final OpdRegistry registry;
  private final PemdaSettingsService settings;

  public RouteComplaintDelegate(ComplaintIntake intake, OpdRegistry registry, PemdaSettingsService settings) {
    this.intake = intake;
    this.settings = settings;
    this.registry = registry;
  }

  @Override
  public FormContract contract() {
    return FORM;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.ofStart(execution, FORM);
    String user = CurrentUser.of(execution).orElse(null);
    List<Opd> opds = user == null ? List.of() : opdsOf(execution, user);
    if (opds.size() != 1) {
      input.refuse(
          opds.isEmpty()
              ? "akun Anda tidak terdaftar di grup OPD mana pun; hubungi administrator"
              : "akun Anda terdaftar di lebih dari satu OPD; laporkan melalui akun operator OPD yang terganggu");
    }
    input.throwIfInvalid();
    Complaint complaint = input.apply(() -> intake.file(opds.get(0).code(), new Complaint.Report(
        input.choice(CATEGORY, ComplaintCategory.class), input.text(DESCRIPTION), input.instant(OCCURRED_AT, settings.zone(TenantIds.of(execution))), user,
        ComplaintChannel.TASKLIST)));
    input.consume();
    execution.setProcessBusinessKey(complaint.opdCode());
    ComplaintIntakeContract.OPD_CODE.set(execution, complaint.opdCode());
    ComplaintIntakeContract.OPD_GROUP.set(execution, Groups.opd(complaint.opdCode()));
    ComplaintIntakeContract.COMPLAINT_ID.set(execution, complaint.id());
  }

  private List<Opd> opdsOf(DelegateExecution execution, String user) {
    Set<String> groups =
        execution.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    return registry.active().stream().filter(opd -> groups.contains(Groups.opd(opd.code()))).toList();
  }
}
