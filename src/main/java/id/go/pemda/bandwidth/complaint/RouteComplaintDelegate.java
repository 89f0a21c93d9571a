package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.workflow.CurrentUser;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import java.time.Instant;
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
public class RouteComplaintDelegate implements JavaDelegate {

  static final FormField OCCURRED_AT = FormField.of("occurredAt", "Waktu kejadian");
  static final FormField REPORTER = FormField.of("reporter", "Pelapor");

  private final ComplaintIntake intake;
  private final OpdRegistry registry;

  public RouteComplaintDelegate(ComplaintIntake intake, OpdRegistry registry) {
    this.intake = intake;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.of(execution);
    ComplaintForm form = ComplaintForm.read(input);
    Instant occurredAt = input.optionalPastInstant(OCCURRED_AT);
    String user = CurrentUser.of(execution).orElse(null);
    List<Opd> opds = user == null ? List.of() : opdsOf(execution, user);
    if (opds.size() != 1) {
      input.reject(
          REPORTER,
          opds.isEmpty()
              ? "akun Anda tidak terdaftar di grup OPD mana pun; hubungi administrator"
              : "akun Anda terdaftar di lebih dari satu OPD; laporkan melalui akun operator OPD yang terganggu");
    }
    input.throwIfInvalid();
    Complaint complaint =
        intake.file(
            opds.get(0).code(),
            new Complaint.Report(form.category(), form.description(), occurredAt, user, ComplaintChannel.TASKLIST));
    input.consume();
    execution.setProcessBusinessKey(complaint.opdCode());
    TransitionProcess.OPD_CODE.set(execution, complaint.opdCode());
    TransitionProcess.OPD_GROUP.set(execution, Groups.opd(complaint.opdCode()));
    TransitionProcess.COMPLAINT_ID.set(execution, complaint.id());
  }

  private List<Opd> opdsOf(DelegateExecution execution, String user) {
    Set<String> groups =
        execution.getProcessEngineServices().getIdentityService().createGroupQuery().groupMember(user).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    return registry.active().stream().filter(opd -> groups.contains(Groups.opd(opd.code()))).toList();
  }
}
