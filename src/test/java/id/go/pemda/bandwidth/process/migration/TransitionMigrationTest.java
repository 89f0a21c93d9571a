package id.go.pemda.bandwidth.process.migration;

import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new version of the transition model deployed while transitions run (docs/operations.md, "Migrating
 * running transitions"): the running instances, at every kind of wait (a survey, sites waiting
 * for Icon+ side by side, a monitoring timer, BPKAD's task with its reminder timer), move to the
 * new version with Camunda's migration API and finish there, with the new version's forms.
 */
@ApplicationTest
class TransitionMigrationTest {

  private static final int FISCAL_YEAR = 2027;

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  private String deploymentId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
  }

  @AfterEach
  void removeTheNewVersion() {
    if (deploymentId != null) {
      // the new version's instances were all completed or are removed with it
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void running_transitions_move_to_a_new_model_version_and_finish_there() {
    ProcessInstance atSurvey = driver.start(opds.register("UJI-MIGRASI-SURVEI"), FISCAL_YEAR);
    ProcessInstance waitingForIconPlus = driver.start(opds.register("UJI-MIGRASI-ICONPLUS"), FISCAL_YEAR);
    driver.order(waitingForIconPlus, survey(
        ownIspSite("Kantor", 2_000_000L, "2027-06-30"), ownIspSite("UPTD", 900_000L, "2027-06-30")));
    ProcessInstance monitoring = driver.startAndConnect(opds.register("UJI-MIGRASI-PANTAU"), FISCAL_YEAR);
    ProcessInstance atBpkad = driver.startAndConnect(opds.register("UJI-MIGRASI-BPKAD"), FISCAL_YEAR);
    driver.passMonitoring(atBpkad);
    driver.confirmMonitoringEnd(atBpkad);
    driver.complete(driver.task(atBpkad, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    List<ProcessInstance> running = List.of(atSurvey, waitingForIconPlus, monitoring, atBpkad);
    String source = atSurvey.getProcessDefinitionId();

    ProcessDefinition target = deployNewVersion();
    MigrationPlan plan = engine.getRuntimeService()
        .createMigrationPlan(source, target.getId())
        .mapEqualActivities()
        .updateEventTriggers()
        .build();
    engine.getRuntimeService().newMigration(plan)
        .processInstanceIds(running.stream().map(ProcessInstance::getId).toList())
        .execute();

    for (ProcessInstance instance : running) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
          .singleResult().getProcessDefinitionId()).isEqualTo(target.getId());
    }
    // the renamed survey task shows the new version's name and still opens its form
    assertThat(driver.task(atSurvey, TransitionContract.TASK_FILL_SURVEY).getName())
        .startsWith("Isi survei titik koneksi");
    driver.fillSurvey(atSurvey, survey(ownIspSite("Kantor", 1_500_000L, "2027-06-30")));
    assertThat(driver.task(atSurvey, TransitionContract.TASK_COORDINATE_TECHNICALLY)).isNotNull();

    // both sites still wait for Icon+, each with its own order and SLA timer
    assertThat(driver.tasks(waitingForIconPlus, TransitionContract.TASK_CONFIRM_INSTALLATION)).hasSize(2);
    driver.confirmInstallations(waitingForIconPlus);
    driver.acceptAll(waitingForIconPlus);
    assertThat(waitingForIconPlus).isWaitingAt(TransitionContract.EVENT_QUIET_PERIOD_ELAPSED);

    // the monitoring timer moved with the instance and fires in the new version
    driver.passMonitoring(monitoring);
    driver.confirmMonitoringEnd(monitoring);
    assertThat(driver.task(monitoring, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION)).isNotNull();

    // BPKAD records in the new version, and the transition ends there
    driver.complete(driver.task(atBpkad, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), Map.of(
        "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 1/2027", "documentNumber", "Perwali 7/2027",
        "documentDate", TimeTravel.now().atZone(id.go.pemda.bandwidth.shared.PemdaZone.WITA.zone()).toLocalDate().toString()));
    driver.complete(driver.task(atBpkad, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), Map.of(
        "ispTerminatedOn", "2026-12-31", "ispTerminationReference", "005/ISP", "signerName", "Kepala OPD",
        "signedByHead", true));
    assertThat(atBpkad).isEnded();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(atBpkad.getId())
        .singleResult().getProcessDefinitionId()).isEqualTo(target.getId());
  }

  /**
   * A task opened before an upgrade shows what the new version's form reads (BPKAD's instrument
   * windows): what a form shows is worked out when it is opened, so the task needs no step of the
   * operator's (docs/operations.md, "Upgrading").
   */
  @Test
  void an_open_task_shows_the_new_forms_options_without_being_created_again() {
    ProcessInstance atBpkad = driver.startAndConnect(opds.register("UJI-MIGRASI-BPKAD-ULANG"), FISCAL_YEAR);
    driver.passMonitoring(atBpkad);
    driver.confirmMonitoringEnd(atBpkad);
    driver.complete(driver.task(atBpkad, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    Task open = driver.task(atBpkad, TransitionContract.TASK_RECORD_BUDGET_REVOCATION);
    // as a task of an earlier version, which kept what its form showed as its own variables
    engine.getTaskService().setVariableLocal(open.getId(), TransitionViews.INSTRUMENTS, "stale");

    assertThat(formShown.of(open.getId(), TransitionViews.INSTRUMENT_CALENDAR)).isNotNull();
    assertThat(formShown.of(open.getId(), TransitionViews.INSTRUMENTS)).isNotEqualTo("stale");
    TimeTravel.intoFiscalYear(FISCAL_YEAR);
    driver.complete(open, Map.of(
        "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 2/2027", "documentNumber", "Perwali 8/2027",
        "documentDate", TimeTravel.now().atZone(id.go.pemda.bandwidth.shared.PemdaZone.WITA.zone()).toLocalDate().toString()));
    assertThat(atBpkad).hasPassed(TransitionContract.END_BUDGET_MOVED);
  }

  /**
   * What an upgrade deploys: the changed model with every form, as the application does at start-up
   * (the forms are bound to the deployment of their process).
   */
  private ProcessDefinition deployNewVersion() {
    String model = read(Path.of("bpmn/opd-transition.bpmn"))
        .replace("camunda:versionTag=\"4.0\"", "camunda:versionTag=\"4.1\"")
        .replace("name=\"Isi survei titik koneksi\"", "name=\"Isi survei titik koneksi (formulir baru)\"");
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name("bandwidth-transition-4.1")
        .addString("opd-transition.bpmn", model);
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      forms.filter(path -> path.toString().endsWith(".form"))
          .forEach(path -> deployment.addString(path.getFileName().toString(), read(path)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    deploymentId = deployment.deploy().getId();
    return engine.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(deploymentId).processDefinitionKey(TransitionContract.KEY).singleResult();
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
