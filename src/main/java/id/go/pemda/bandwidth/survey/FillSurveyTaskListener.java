package id.go.pemda.bandwidth.survey;

import id.go.pemda.bandwidth.coordination.CoordinationDecision;
import id.go.pemda.bandwidth.transition.TransitionProcess;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.EngineClock;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.FormTaskListener;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Task_FillSurvey: the OPD's survey. When Diskominfo sent it back, the form opens with the
 * previous answers and the reason; the answers are put in the process only while the task is
 * open and are removed again once stored.
 */
@Component("fillSurveyTask")
public class FillSurveyTaskListener extends FormTaskListener {

  static final FormField CURRENT_ISP = FormField.of("currentIsp", "Penyedia internet saat ini");
  static final FormField CURRENT_BANDWIDTH =
      FormField.of("currentBandwidthMbps", "Bandwidth saat ini (Mbps)");
  static final FormField MONTHLY_COST = FormField.of("monthlyCostRupiah", "Biaya langganan per bulan (Rp)");
  static final FormField CONTRACT_END = FormField.of("contractEndDate", "Kontrak ISP berakhir");
  static final FormField STAFF = FormField.of("staffCount", "Jumlah pegawai");
  static final FormField COUNTERS = FormField.of("serviceCounters", "Jumlah loket layanan publik");
  static final FormField CCTV = FormField.of("cctvCameras", "Jumlah kamera CCTV");
  static final FormField APPLICATIONS = FormField.of("hostedApplications", "Jumlah aplikasi yang dikelola");
  static final FormField SITE_ADDRESS = FormField.of("siteAddress", "Alamat kantor (titik koneksi)");
  static final FormField CONTACT_NAME = FormField.of("contactName", "Nama petugas penghubung");
  static final FormField CONTACT_PHONE = FormField.of("contactPhone", "Nomor telepon petugas");
  static final FormField OBSTACLES = FormField.of("obstacles", "Kendala di lapangan");
  static final String VIEW_RETURN_REASON = "viewReturnReason";

  static final Pattern PHONE = Pattern.compile("^(\\+62|0)[0-9]{8,13}$");
  private static final BigDecimal MAX_MONTHLY_COST = new BigDecimal("1000000000");

  private final SurveyService surveys;
  private final TransitionService transitions;

  public FillSurveyTaskListener(SurveyService surveys, TransitionService transitions) {
    this.surveys = surveys;
    this.transitions = transitions;
  }

  @Override
  protected void onCreate(DelegateTask task) {
    Long transitionId = TransitionProcess.TRANSITION_ID.from(task);
    transitions
        .latestDecision(transitionId, TransitionProcess.TASK_COORDINATE_TECHNICALLY)
        .filter(decision -> decision.decision().equals(CoordinationDecision.SEND_BACK.name()))
        .ifPresent(decision -> task.setVariableLocal(VIEW_RETURN_REASON, decision.reason()));
    surveys.latest(transitionId).ifPresent(previous -> task.getExecution().setVariables(prefill(previous)));
  }

  @Override
  protected void onComplete(DelegateTask task) {
    FormInput input = FormInput.of(task);
    String isp = input.requiredText(CURRENT_ISP, 200);
    Long bandwidth = input.requiredWholeNumber(CURRENT_BANDWIDTH, 0, 100_000);
    BigDecimal monthlyCost = input.requiredRupiah(MONTHLY_COST, MAX_MONTHLY_COST);
    LocalDate contractEnd = input.requiredDate(CONTRACT_END);
    Long staff = input.requiredWholeNumber(STAFF, 1, 100_000);
    Long counters = input.requiredWholeNumber(COUNTERS, 0, 1_000);
    Long cctv = input.requiredWholeNumber(CCTV, 0, 10_000);
    Long applications = input.requiredWholeNumber(APPLICATIONS, 0, 1_000);
    String address = input.requiredText(SITE_ADDRESS, 500);
    String contactName = input.requiredText(CONTACT_NAME, 200);
    String phone = input.requiredMatching(CONTACT_PHONE, PHONE, "+62… atau 0… dengan 9–14 angka");
    String obstacles = input.optionalText(OBSTACLES, 2000);
    input.throwIfInvalid();
    surveys.submit(
        new SurveyAnswer(
            null,
            TransitionProcess.TRANSITION_ID.from(task),
            isp,
            bandwidth.intValue(),
            monthlyCost,
            contractEnd,
            staff.intValue(),
            counters.intValue(),
            cctv.intValue(),
            applications.intValue(),
            address,
            contactName,
            phone,
            obstacles,
            currentUser(task),
            EngineClock.now()));
    input.consume();
  }

  private static Map<String, Object> prefill(SurveyAnswer previous) {
    Map<String, Object> values = new HashMap<>();
    values.put(CURRENT_ISP.key(), previous.currentIsp());
    values.put(CURRENT_BANDWIDTH.key(), previous.currentBandwidthMbps());
    values.put(MONTHLY_COST.key(), previous.monthlyCostRupiah().longValueExact());
    values.put(CONTRACT_END.key(), previous.contractEndDate().toString());
    values.put(STAFF.key(), previous.staffCount());
    values.put(COUNTERS.key(), previous.serviceCounters());
    values.put(CCTV.key(), previous.cctvCameras());
    values.put(APPLICATIONS.key(), previous.hostedApplications());
    values.put(SITE_ADDRESS.key(), previous.siteAddress());
    values.put(CONTACT_NAME.key(), previous.contactName());
    values.put(CONTACT_PHONE.key(), previous.contactPhone());
    if (previous.obstacles() != null) {
      values.put(OBSTACLES.key(), previous.obstacles());
    }
    return values;
  }
}
