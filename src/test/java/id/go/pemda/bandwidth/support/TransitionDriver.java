package id.go.pemda.bandwidth.support;

import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Drives an OPD transition through the engine's public API, submitting the same variables the
 * Camunda Forms submit, so the task listeners validate and store them as in Tasklist.
 */
@Component
public class TransitionDriver {

  public static final Duration QUIET_PERIOD = Duration.ofDays(30);

  private final ProcessEngine engine;
  private final CampaignService campaigns;
  private final ComplaintIntake intake;

  public TransitionDriver(ProcessEngine engine, CampaignService campaigns, ComplaintIntake intake) {
    this.engine = engine;
    this.campaigns = campaigns;
    this.intake = intake;
  }

  /** Files a complaint as the OPD's operator would from Tasklist. */
  public Complaint fileComplaint(String opdCode, String category, String description) {
    return intake.file(
        opdCode,
        new Complaint.Report(
            ComplaintCategory.valueOf(category), description, null, "opd." + opdCode.toLowerCase(),
            ComplaintChannel.TASKLIST));
  }

  public ProcessInstance start(String opdCode, int fiscalYear) {
    return start(opdCode, fiscalYear, TransitionDeadline.defaultFor(fiscalYear));
  }

  public ProcessInstance start(String opdCode, int fiscalYear, Instant deadline) {
    Campaign campaign = campaigns.plan(fiscalYear, QUIET_PERIOD, deadline, "test", List.of(opdCode));
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            TransitionContract.KEY,
            opdCode,
            Map.of(
                TransitionContract.OPD_CODE.name(), opdCode,
                TransitionContract.CAMPAIGN_ID.name(), campaign.id()));
  }

  private void order(ProcessInstance instance) {
    complete(instance, survey());
    complete(instance, agreed(100, 1_500_000));
    complete(instance, Map.of("planDecision", "APPROVE"));
    sendOrder(instance);
  }

  /** Runs the asynchronous "send order to Icon+" job, as the job executor would. */
  public void sendOrder(ProcessInstance instance) {
    Job send =
        engine.getManagementService().createJobQuery()
            .processInstanceId(instance.getId())
            .activityId(TransitionContract.TASK_SEND_CONNECTION_ORDER)
            .singleResult();
    engine.getManagementService().executeJob(send.getId());
  }

  public static Map<String, Object> survey() {
    Map<String, Object> values = new HashMap<>();
    values.put("currentIsp", "PT Telkom Indonesia (IndiHome)");
    values.put("currentBandwidthMbps", 20);
    values.put("monthlyCostRupiah", 2_500_000L);
    values.put("contractEndDate", "2026-12-31");
    values.put("staffCount", 120);
    values.put("serviceCounters", 8);
    values.put("cctvCameras", 6);
    values.put("hostedApplications", 2);
    values.put("siteAddress", "Jl. Kesuma Bangsa No. 1, Samarinda");
    values.put("contactName", "Rina Lestari");
    values.put("contactPhone", "081234567890");
    values.put("obstacles", "Kabel lama di lantai 2");
    return values;
  }

  public static Map<String, Object> agreed(int mbps, long centralMonthlyCost) {
    return Map.of(
        "coordinationDecision", "AGREED",
        "agreedBandwidthMbps", mbps,
        "centralMonthlyCostRupiah", centralMonthlyCost,
        "technicalNotes", "Titik koneksi di ruang server");
  }

  public static Map<String, Object> installed() {
    return Map.of("installedOn", "2026-10-30", "circuitId", "ICON-SMD-0042", "installedBandwidthMbps", 100);
  }

  public void complete(ProcessInstance instance, Map<String, Object> variables) {
    Task task =
        engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    engine.getTaskService().complete(task.getId(), variables);
  }

  public void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }

  /** From a fresh start to the evaluation period, the usual way. */
  public ProcessInstance startAndConnect(String opdCode, int fiscalYear) {
    ProcessInstance instance = start(opdCode, fiscalYear);
    connect(instance);
    return instance;
  }

  /** From a fresh start to the recorded Icon+ order, waiting for the installation. */
  public ProcessInstance startAndOrder(String opdCode, int fiscalYear) {
    ProcessInstance instance = start(opdCode, fiscalYear);
    order(instance);
    return instance;
  }

  /** From the survey of a started transition to its evaluation period. */
  public void connect(ProcessInstance instance) {
    order(instance);
    complete(instance, installed());
    complete(instance, Map.of("linkAcceptance", "ACCEPTED"));
  }
}
