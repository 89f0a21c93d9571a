package id.go.pemda.bandwidth.browser;

import static id.go.pemda.bandwidth.support.TransitionDriver.evaluation;
import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.connection.ExemptionEndDecision;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.contract.LoopEscalationContract;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.demo.DemoUsers;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRepository;
import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.ComplaintIntakeContract;
import id.go.pemda.bandwidth.budget.BudgetInstrument;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.iconplus.IconPlusEventHandler;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.transition.ForceCutService;
import id.go.pemda.bandwidth.transition.OverdueDecision;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.Tenants;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every Camunda Form of {@code forms/} opened in Tasklist in a real browser by the role that
 * works it, filled field by field and submitted: the engine has the task completed (or the
 * instance started). Each case drives a transition or complaint of its own OPD, with its own
 * operator, to the task through the engine's API, then hands over to the browser.
 */
@ApplicationTest
@BrowserTest
class TasklistFormsBrowserTest {

  private static final int FISCAL_YEAR = 2027;
  /** A campaign year no other test plans in PPU; the form allows it on the suite's clock (2026 + 5). */
  private static final int CAMPAIGN_YEAR = 2031;
  private static final AtomicInteger OPDS = new AtomicInteger();
  private static Browser browser;
  private final List<String> groups = new java.util.ArrayList<>();
  private final List<String> activated = new java.util.ArrayList<>();
  private static Tasklist tasklist;

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired FormSubmissions submissions;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired ConnectionService connections;
  @Autowired TransitionService transitions;
  @Autowired BudgetService budgets;
  @Autowired ComplaintService complaints;
  @Autowired IconPlusEventHandler iconPlus;
  @Autowired ForceCutService forceCut;
  @Autowired OpdRepository opdRepository;

  @BeforeEach
  void setUp() {
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
    if (browser == null) {
      browser = Browser.open(port);
      tasklist = new Tasklist(browser);
    }
  }

  /** The operators and grants of this test's OPDs go again, so that the access model stays the documented one. */
  @AfterEach
  void removeOperators() {
    IdentityService identity = engine.getIdentityService();
    for (String group : groups) {
      engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group).list()
          .forEach(authorization -> engine.getAuthorizationService().deleteAuthorization(authorization.getId()));
      identity.createUserQuery().memberOfGroup(group).list().forEach(user -> {
        // a claim grants the operator the task; a task left open keeps that grant
        engine.getAuthorizationService().createAuthorizationQuery().userIdIn(user.getId()).list()
            .forEach(authorization -> engine.getAuthorizationService().deleteAuthorization(authorization.getId()));
        identity.deleteUser(user.getId());
      });
      identity.deleteGroup(group);
    }
    groups.clear();
    activated.forEach(code -> setActive(code, false));
    activated.clear();
  }

  /**
   * A complaint from Tasklist names its OPD by the reporter's group among the registry's active
   * OPDs; a test OPD is inactive (so that no campaign over all OPDs takes it) except while a
   * test reports for it.
   */
  private void activate(String opd) {
    setActive(opd, true);
    activated.add(opd);
  }

  private void setActive(String code, boolean active) {
    Opd opd = opdRepository.findByCode(code).orElseThrow();
    opdRepository.save(new Opd(opd.id(), opd.code(), opd.name(), opd.type(), opd.frontlinePublicService(), active));
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** A task reached for the browser: who works it, and the answers to type. */
  private record Reached(String taskId, String user, Map<String, Object> values) {}

  // ---------------------------------------------------------------- every task form

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "form-fill-survey", "form-coordinate-plan", "form-approve-plan", "form-confirm-installation",
    "form-accept-link", "form-confirm-monitoring-end", "form-approve-budget-revocation", "form-record-budget-revocation",
    "form-confirm-isp-termination", "form-chase-iconplus", "form-review-overdue-installation",
    "form-handle-failed-order", "form-decide-exemption", "form-decide-overdue-transition", "form-closing-reminder",
    "form-evaluate-complaint", "form-review-overdue-complaint", "form-review-overdue-repair", "form-confirm-repair",
    "form-complaint-receipt", "form-decide-budget-hold", "form-decide-exemption-end", "form-connect-exempted-site",
    "form-record-repair", "form-remind-repair-confirmation", "form-review-repeated-loop", "form-take-over-unfinished-opd"
  })
  void every_task_form_opens_for_its_role_and_completes(String form) {
    Reached reached = reach(form);

    tasklist.openTask(reached.user(), reached.taskId());
    assertThat(tasklist.formRendered()).as("form %s rendered without a form failure", form).isTrue();
    tasklist.claim();
    tasklist.fill(form, reached.values());
    browser.screenshot(form);
    tasklist.complete(() -> engine.getTaskService().createTaskQuery().taskId(reached.taskId()).count() == 0);

    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(reached.taskId()).singleResult()
        .getDeleteReason()).isEqualTo("completed");
  }

  private Reached reach(String form) {
    String opd = newOpd();
    String operator = operatorOf(opd);
    return switch (form) {
      case "form-fill-survey" -> {
        ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
        yield new Reached(task(instance, TransitionContract.TASK_FILL_SURVEY), operator, surveyAnswers());
      }
      case "form-coordinate-plan" -> {
        ProcessInstance instance = surveyed(opd);
        yield new Reached(task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY), "diskominfo", Map.of(
            "coordinationDecision", "AGREED",
            "sites", List.of(Map.of("centralMonthlyCostRupiah", 1_500_000, "technicalNotes", "Titik di ruang server"))));
      }
      case "form-approve-plan" -> {
        ProcessInstance instance = surveyed(opd);
        driver.agreeAll(instance, 1_500_000L);
        yield new Reached(task(instance, TransitionContract.TASK_APPROVE_PLAN), "kadis", Map.of("planDecision", "APPROVE"));
      }
      case "form-confirm-installation" -> {
        ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
        yield new Reached(task(instance, TransitionContract.TASK_CONFIRM_INSTALLATION), "diskominfo", Map.of(
            "installedOn", today().toString(), "circuitId", "ICON-SMD-0042", "installedBandwidthMbps", 100));
      }
      case "form-accept-link" -> {
        ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
        driver.confirmInstallations(instance);
        yield new Reached(task(instance, TransitionContract.TASK_ACCEPT_LINK), operator, ordered(
            "linkAcceptance", "ACCEPTED", "acceptedOn", today().toString(), "bautNumber", "BAUT/027/DISKOMINFO/2026"));
      }
      case "form-confirm-monitoring-end" -> {
        ProcessInstance instance = monitored(opd);
        yield new Reached(task(instance, TransitionContract.TASK_CONFIRM_MONITORING_END), "kadis", ordered(
            "monitoringEndDecision", "RESTART", "restartReason", "OPD melapor gangguan lewat telepon"));
      }
      case "form-approve-budget-revocation" -> {
        ProcessInstance instance = confirmed(opd);
        yield new Reached(task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION), "sekda",
            Map.of("revocationDecision", "APPROVE"));
      }
      case "form-record-budget-revocation" -> {
        ProcessInstance instance = approved(opd);
        // the adopted APBD changes within its fiscal year: BPKAD opens the form in January
        TimeTravel.intoFiscalYear(FISCAL_YEAR);
        // the form's options are the task's, named here by what the user reads; a choice first, then the field it shows
        yield new Reached(task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), "bpkad", ordered(
            "instrument", BudgetInstrument.PERGESERAN.label(), "tapdDecisionNumber", "BA TAPD 1/2027",
            "documentNumber", "Perwali 12/2027", "documentDate", today().toString()));
      }
      case "form-confirm-isp-termination" -> {
        ProcessInstance instance = approved(opd);
        TimeTravel.intoFiscalYear(FISCAL_YEAR);
        driver.complete(driver.task(instance, TransitionContract.TASK_RECORD_BUDGET_REVOCATION), Map.of(
            "instrument", "PERGESERAN", "tapdDecisionNumber", "BA TAPD 1/2027", "documentNumber", "Perwali 12/2027", "documentDate", today().toString()));
        Long transitionId = transitionId(instance);
        LocalDate paidUntil = budgets.paidUntil(transitionId, connections.connectionsOf(transitionId).get(0).siteId());
        yield new Reached(task(instance, TransitionContract.TASK_CONFIRM_ISP_TERMINATION), operator, Map.of(
            "ispTerminatedOn", paidUntil.toString(), "ispTerminationReference", "005/ISP/2027",
            "signerName", "Dr. Andi", "signedByHead", true));
      }
      case "form-chase-iconplus" -> {
        ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
        TimeTravel.to(order(instance).installationDueAt().plusSeconds(60));
        driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE);
        yield new Reached(task(instance, TransitionContract.TASK_CHASE_ICONPLUS), "diskominfo", ordered(
            "chaseDecision", "KEEP_WAITING", "promisedDate", today().plusDays(5).toString(),
            "chaseNotes", "Icon+: tim lapangan penuh"));
      }
      case "form-review-overdue-installation" -> {
        ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
        TimeTravel.to(order(instance).installationDueAt().plus(ConnectionOrder.HEAD_ESCALATION_AFTER).plusSeconds(60));
        driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE);
        driver.runJobs(instance, TransitionContract.EVENT_INSTALLATION_OVERDUE_HEAD);
        yield new Reached(task(instance, TransitionContract.TASK_REVIEW_OVERDUE_INSTALLATION), "kadis",
            Map.of("followUpNotes", "Surat teguran ke Icon+ regional Kalimantan"));
      }
      case "form-handle-failed-order" -> {
        ProcessInstance instance = failedOrder(opd);
        yield new Reached(task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER), "diskominfo",
            Map.of("failedOrderDecision", "RESEND"));
      }
      case "form-decide-exemption" -> {
        ProcessInstance instance = failedOrder(opd);
        driver.complete(driver.task(instance, TransitionContract.TASK_HANDLE_FAILED_ORDER), Map.of(
            "failedOrderDecision", "EXEMPTION", "proposedExemptionUntil", "2027-06-30", "exemptionReason", "Belum ada fiber"));
        yield new Reached(task(instance, TransitionContract.TASK_DECIDE_EXEMPTION), "sekda", ordered(
            "exemptionDecision", "APPROVE", "exemptedUntil", "2027-06-30", "decisionNotes", "Sampai fiber tersedia"));
      }
      case "form-decide-overdue-transition" -> {
        ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
        TimeTravel.to(TransitionDeadline.defaultFor(FISCAL_YEAR, PemdaZone.WITA).plusSeconds(60));
        driver.runJobs(instance, TransitionContract.EVENT_TRANSITION_DEADLINE);
        // the decisions the task offers (valuesKey): named by their labels
        yield new Reached(task(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION), "sekda", Map.of(
            "overdueDecision", OverdueDecision.FORCE_REVOCATION.label(), "overdueReason", "Tidak ada kemajuan sampai tenggat"));
      }
      case "form-closing-reminder" -> {
        ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
        forceCut.cut(transitions.require(transitionId(instance)), "Putus saja", "sekda");
        TimeTravel.advance(BudgetService.RECORDING_TIME.plusMinutes(1));
        driver.runJobs(instance, TransitionContract.EVENT_BUDGET_REVOCATION_OVERDUE);
        yield new Reached(task(instance, TransitionContract.TASK_REMIND_BUDGET_REVOCATION), "sekda",
            Map.of("followUpNotes", "Kepala BPKAD ditelepon"));
      }
      case "form-evaluate-complaint" -> {
        Complaint complaint = driver.fileComplaint(opd, "OTHER", "Email tidak bisa dikirim");
        yield new Reached(caseTask(complaint, ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), "diskominfo", Map.of(
            "evaluationResult", "RESOLVED", "evaluationNotes", "Diperiksa di lokasi: kabel LAN longgar"));
      }
      case "form-review-overdue-complaint" -> {
        Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Kantor tidak bisa daring");
        TimeTravel.advance(Duration.ofHours(4).plusMinutes(1));
        driver.runCaseJobs(complaint.id(), ComplaintCaseContract.EVENT_COMPLAINT_OVERDUE);
        yield new Reached(caseTask(complaint, ComplaintCaseContract.TASK_REVIEW_OVERDUE_COMPLAINT), "kadis",
            Map.of("escalationNotes", "Tim jaringan diminta datang hari ini"));
      }
      case "form-review-overdue-repair" -> {
        Complaint complaint = ticketSent(opd);
        TimeTravel.to(complaints.ticketsOf(complaint.id()).get(0).repairDueAt().plusSeconds(60));
        driver.runCaseJobs(complaint.id(), ComplaintCaseContract.EVENT_REPAIR_OVERDUE);
        yield new Reached(caseTask(complaint, ComplaintCaseContract.TASK_REVIEW_OVERDUE_REPAIR), "kadis",
            Map.of("followUpNotes", "Eskalasi ke manajer Icon+ Samarinda"));
      }
      case "form-confirm-repair" -> {
        Complaint complaint = ticketSent(opd);
        iconPlus.repaired(complaints.ticketsOf(complaint.id()).get(0).providerTicketId());
        yield new Reached(caseTask(complaint, ComplaintCaseContract.TASK_CONFIRM_REPAIR), operator, Map.of(
            "repairConfirmation", "WORKS", "confirmationNotes", "Sudah normal sejak pagi"));
      }
      case "form-complaint-receipt" -> {
        activate(opd);
        ProcessInstance intake = as(operator, List.of(Groups.opd(opd)), () -> submissions.start(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintIntakeContract.KEY).latestVersion().singleResult().getId(), null,
            Map.of("complaintCategory", "SLOW", "complaintDescription", "Lambat sejak kemarin")));
        yield new Reached(engine.getTaskService().createTaskQuery().processInstanceId(intake.getId())
            .taskDefinitionKey(ComplaintIntakeContract.TASK_CONFIRM_RECEIPT).singleResult().getId(), operator, Map.of());
      }
      case "form-decide-budget-hold" -> {
        ProcessInstance instance = approved(opd);
        // a complaint after the Sekda's approval holds BPKAD's record: the Sekda decides
        driver.fileComplaint(opd, "SLOW", "Lambat sejak kemarin");
        yield new Reached(task(instance, TransitionContract.TASK_DECIDE_BUDGET_HOLD), "sekda", ordered(
            "budgetHoldDecision", "OVERRIDE", "holdLetterNumber", "800/123/Setda",
            "holdReason", "Gangguan kecil, Icon+ sudah menangani"));
      }
      case "form-decide-exemption-end" -> {
        ProcessInstance instance = exemptionEnded(opd);
        // the decisions the task offers (valuesKey): named by their labels; an extension up to the end of 2028
        yield new Reached(task(instance, TransitionContract.TASK_DECIDE_EXEMPTION_END), "sekda", ordered(
            "exemptionEndDecision", ExemptionEndDecision.EXTEND.label(), "newExemptedUntil", today().plusMonths(3).toString(),
            "decisionNotes", "Tiang PLN belum ada"));
      }
      case "form-connect-exempted-site" -> {
        ProcessInstance instance = exemptionEnded(opd);
        driver.complete(driver.task(instance, TransitionContract.TASK_DECIDE_EXEMPTION_END), Map.of(
            "exemptionEndDecision", "CONNECT", "decisionNotes", "Fiber sudah sampai"));
        yield new Reached(task(instance, TransitionContract.TASK_CONNECT_EXEMPTED_SITE), "diskominfo", Map.of(
            "circuitId", "ICON-SMD-0777", "acceptedOn", today().toString(), "bautNumber", "BAUT/077/2027"));
      }
      case "form-record-repair" -> {
        // Icon+ reports the repair by phone: Diskominfo records it on the task that waits for Icon+
        Complaint complaint = ticketSent(opd);
        yield new Reached(caseTask(complaint, ComplaintCaseContract.TASK_AWAIT_REPAIR), "diskominfo",
            Map.of("repairReport", "Teknisi Icon+ (Budi) menelepon 10.15: kabel FO disambung"));
      }
      case "form-remind-repair-confirmation" -> {
        Complaint complaint = ticketSent(opd);
        iconPlus.repaired(complaints.ticketsOf(complaint.id()).get(0).providerTicketId());
        TimeTravel.advance(Duration.ofDays(4));
        driver.runCaseJobs(complaint.id(), ComplaintCaseContract.EVENT_REPAIR_CONFIRMATION_OVERDUE);
        yield new Reached(caseTask(complaint, ComplaintCaseContract.TASK_REMIND_REPAIR_CONFIRMATION), "diskominfo",
            Map.of("followUpNotes", "OPD ditelepon, uji besok pagi"));
      }
      case "form-review-repeated-loop" -> {
        // Icon+ reschedules the installation a third time: the Kepala Diskominfo follows it up
        ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
        String orderId = order(instance).providerOrderId();
        for (int day = 1; day <= 3; day++) {
          iconPlus.rescheduled(orderId, TimeTravel.now().plus(Duration.ofDays(20 + day)));
        }
        Task escalation = engine.getTaskService().createTaskQuery().processDefinitionKey(LoopEscalationContract.KEY)
            .processInstanceBusinessKey(opd).taskDefinitionKey(LoopEscalationContract.TASK_REVIEW_REPEATED_LOOP).singleResult();
        assertThat(escalation).as("loop escalation of %s", opd).isNotNull();
        yield new Reached(escalation.getId(), "kadis", Map.of("followUpNotes", "Rapat dengan Icon+ regional"));
      }
      case "form-take-over-unfinished-opd" -> {
        ProcessInstance campaign = programEndedWithout(opd);
        Task takeOver = engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
            .taskDefinitionKey(CampaignContract.TASK_TAKE_OVER_UNFINISHED_OPD).singleResult();
        assertThat(takeOver).as("take-over task of %s", opd).isNotNull();
        yield new Reached(takeOver.getId(), "sekda", Map.of("followUpNotes", "Putus saja; survei dilanjutkan Diskominfo"));
      }
      default -> throw new IllegalArgumentException("no way to " + form);
    };
  }

  // ---------------------------------------------------------------- the start forms

  @Test
  void diskominfo_starts_a_campaign_with_the_start_form() {
    // In Penajam Paser Utara: a Pemda has one program per fiscal year, and the years the form
    // allows on the suite's clock are Samarinda's CampaignProcessTest's; PPU's are free.
    String program = "Program peramban PPU";
    long before = started("bandwidth-campaign");

    tasklist.openStartForm("ppu.diskominfo", "Pemusatan belanja internet");
    assertThat(tasklist.formRendered()).isTrue();
    tasklist.fill("form-start-campaign", ordered(
        "programName", program, "fiscalYear", CAMPAIGN_YEAR, "quietPeriodDays", 30, "opdCodes", "SETWAN"));
    browser.screenshot("form-start-campaign");
    tasklist.start(() -> started("bandwidth-campaign") > before);

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("bandwidth-campaign")
        .startedBy("ppu.diskominfo").tenantIdIn("ppu").count()).isPositive();
    assertThat(started("bandwidth-campaign")).isEqualTo(before + 1);
  }

  @Test
  void an_opd_operator_reports_a_complaint_with_the_start_form() {
    String opd = newOpd();
    String operator = operatorOf(opd);
    activate(opd);
    long before = started(ComplaintIntakeContract.KEY);

    tasklist.openStartForm(operator, "Lapor keluhan jaringan");
    assertThat(tasklist.formRendered()).isTrue();
    tasklist.fill("form-report-complaint", Map.of(
        "complaintCategory", "INTERMITTENT", "complaintDescription", "Putus-sambung setiap siang"));
    browser.screenshot("form-report-complaint");
    tasklist.start(() -> started(ComplaintIntakeContract.KEY) > before);

    assertThat(complaints.historyOf(opd)).extracting(Complaint::description).contains("Putus-sambung setiap siang");
  }

  @Test
  void the_sekda_cuts_an_opd_with_the_start_form() {
    String opd = newOpd();
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    long before = started("force-cut");

    tasklist.openStartForm("sekda", "Putus anggaran internet OPD sekarang");
    assertThat(tasklist.formRendered()).isTrue();
    tasklist.fill("form-force-cut", Map.of("opdCode", opd.toLowerCase(), "forceCutReason", "Tidak ada kemajuan"));
    browser.screenshot("form-force-cut");
    tasklist.start(() -> started("force-cut") > before);

    assertThat(transitions.require(transitionId(instance)).cutRequestedAt()).isNotNull();
  }

  @Test
  void bpkad_loads_the_budget_lines_with_the_start_form() {
    String opd = newOpd();
    int fiscalYear = 2060;
    long before = started("budget-load");

    tasklist.openStartForm("bpkad", "Muat pagu belanja internet OPD");
    tasklist.dismissNotifications();
    assertThat(tasklist.formRendered()).isTrue();
    tasklist.fill("form-load-budget-lines", Map.of("fiscalYear", fiscalYear));
    tasklist.typeLines("form-load-budget-lines", "csv", List.of(
        "kode_opd;kode_sub_kegiatan;kode_rekening;pagu;realisasi;dokumen",
        opd + ";1.02.01.1.02.0001;5.1.02.02.01.0063;\"48.000.000\";4.000.000;DPA"));
    browser.screenshot("form-load-budget-lines");
    tasklist.start(() -> started("budget-load") > before);

    assertThat(budgets.line(opd, fiscalYear).orElseThrow().amountRupiah()).isEqualByComparingTo("48000000");
  }

  // ---------------------------------------------------------------- the survey, in Indonesian

  @Test
  void the_opd_operator_fills_the_survey_in_indonesian_and_sees_why_it_cannot_be_sent() {
    String opd = newOpd();
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    String taskId = task(instance, TransitionContract.TASK_FILL_SURVEY);
    tasklist.openTask(operatorOf(opd), taskId);
    tasklist.claim();

    // Selesaikan on the form as it opens: form-js checks every field and names the required ones
    tasklist.clickComplete();
    browser.waitUntil(d -> tasklist.errors().contains("Wajib diisi."));
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();
    browser.waitUntil(d -> !tasklist.notifications().isEmpty());
    assertThat(tasklist.notifications()).allMatch(shown -> shown.contains("Terjadi kesalahan saat mengirim formulir tugas"));
    tasklist.dismissNotifications();

    tasklist.fill("form-fill-survey", surveyAnswers());
    tasklist.typeInto("form-fill-survey", "staffCount", 0, "-5");

    // form-js checks each field as it changes, and Tasklist keeps "Selesaikan" disabled meanwhile
    browser.waitUntil(d -> tasklist.errors().contains("Nilai paling kecil 0."));
    assertThat(tasklist.completeEnabled()).isFalse();
    assertThat(tasklist.errors()).contains("Nilai paling kecil 0.").noneMatch(error -> error.startsWith("Field "));
    assertThat(browser.find(By.cssSelector(".fjs-repeat-render-add")).getText()).isEqualTo("Tambah baris");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();

    tasklist.fill("form-fill-survey", Map.of("sites", List.of(Map.of("staffCount", 40))));
    browser.waitUntil(d -> tasklist.errors().isEmpty());
    // the README's picture of Tasklist (docs/images/tasklist-survey.png) is a copy of this one
    browser.fullScreenshot("tasklist-survey");
    tasklist.complete(() -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);
    assertThat(instance.getId()).satisfies(id -> assertThat(engine.getTaskService().createTaskQuery()
        .processInstanceId(id).taskDefinitionKey(TransitionContract.TASK_COORDINATE_TECHNICALLY).count()).isOne());
  }

  @Test
  void a_submission_the_server_refuses_shows_one_notice_with_the_servers_reason_and_the_task_stays() {
    Reached reached = reach("form-record-budget-revocation");
    tasklist.openTask(reached.user(), reached.taskId());
    tasklist.claim();
    // in January the form offers the two instruments of the fiscal year
    assertThat(tasklist.options("form-record-budget-revocation", "instrument"))
        .containsExactly(BudgetInstrument.PERGESERAN.label(), BudgetInstrument.APBD_PERUBAHAN.label());
    tasklist.openTask(reached.user(), reached.taskId());
    Map<String, Object> values = new LinkedHashMap<>(reached.values());
    // a document dated tomorrow: a rule only the server knows
    values.put("documentDate", today().plusDays(1).toString());
    tasklist.fill("form-record-budget-revocation", values);
    tasklist.clickComplete();

    browser.waitUntil(d -> !tasklist.notifications().isEmpty());
    // what else Tasklist would show arrives after the refusal's own notice
    browser.pause(java.time.Duration.ofSeconds(2));
    browser.screenshot("refused-submission");
    assertThat(tasklist.notifications()).singleElement().asString()
        .contains("tidak boleh setelah hari ini").doesNotContain("filter");
    assertThat(engine.getTaskService().createTaskQuery().taskId(reached.taskId()).count()).isOne();
  }

  /**
   * At a deadline on the latest extension (31 March) the Sekda's form offers the cut alone, chosen
   * already: the Sekda writes the reason and completes.
   */
  @Test
  void past_the_latest_extension_the_sekda_is_offered_the_cut_alone_chosen_already() {
    ProcessInstance instance = driver.start(newOpd(), FISCAL_YEAR);
    TimeTravel.to(TransitionDeadline.defaultFor(FISCAL_YEAR, PemdaZone.WITA).plusSeconds(60));
    driver.runJobs(instance, TransitionContract.EVENT_TRANSITION_DEADLINE);
    driver.complete(driver.task(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION), Map.of(
        "overdueDecision", "EXTEND", "newDeadline", FISCAL_YEAR + "-03-31", "overdueReason", "Menunggu izin tiang PLN"));
    TimeTravel.to(Instant.parse(FISCAL_YEAR + "-03-31T16:00:00Z"));
    driver.runJobs(instance, TransitionContract.EVENT_TRANSITION_DEADLINE);
    String taskId = task(instance, TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION);

    tasklist.openTask("sekda", taskId);
    tasklist.claim();
    assertThat(tasklist.options("form-decide-overdue-transition", "overdueDecision"))
        .containsExactly(OverdueDecision.FORCE_REVOCATION.label());
    assertThat(tasklist.chosen("form-decide-overdue-transition", "overdueDecision"))
        .contains(OverdueDecision.FORCE_REVOCATION.label());
    // and says why, in the limit it shows
    assertThat(browser.find(By.cssSelector("[id$='-Field_viewExtensionLimit']")).getAttribute("value"))
        .contains("Batas ini sudah tercapai");
    tasklist.fill("form-decide-overdue-transition", Map.of("overdueReason", "Batas perpanjangan habis"));
    browser.screenshot("overdue-cut-alone");
    tasklist.complete(() -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);

    assertThat(transitions.latestDecision(transitionId(instance),
            TransitionContract.TASK_DECIDE_OVERDUE_TRANSITION).orElseThrow().decision())
        .isEqualTo("FORCE_REVOCATION");
  }

  // ---------------------------------------------------------------- reaching tasks

  private Map<String, Object> surveyAnswers() {
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("name", "Kantor Dinas");
    site.put("kind", "KANTOR");
    site.put("kelurahan", "Sidodadi");
    site.put("address", "Jl. Kesuma Bangsa No. 1, Samarinda");
    site.put("connectivity", "OWN_ISP");
    site.put("ispName", "PT Telkom Indonesia (IndiHome)");
    site.put("contractEnd", "2027-03-31");
    site.put("noticeDays", 30);
    site.put("currentBandwidthMbps", 20);
    site.put("monthlyCostRupiah", 2_500_000);
    site.put("staffCount", 40);
    site.put("serviceCounters", 2);
    site.put("cctvCameras", 4);
    site.put("hostedApplications", 1);
    return ordered("contactName", "Rina Lestari", "contactPhone", "081234567890",
        "obstacles", "Kabel lama di lantai 2", "sites", List.of(site));
  }

  private ProcessInstance surveyed(String opd) {
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    driver.fillSurvey(instance, survey(ownIspSite("Kantor Dinas", 2_500_000L, "2027-03-31")));
    return instance;
  }

  private ProcessInstance monitored(String opd) {
    budgets.record(opd, FISCAL_YEAR, new BigDecimal("72000000"), BigDecimal.ZERO);
    ProcessInstance instance = driver.startAndConnect(opd, FISCAL_YEAR);
    driver.passMonitoring(instance);
    return instance;
  }

  /** The monitoring passed and the Kepala Diskominfo confirmed its end: the Sekda decides next. */
  private ProcessInstance confirmed(String opd) {
    ProcessInstance instance = monitored(opd);
    driver.confirmMonitoringEnd(instance);
    return instance;
  }

  private ProcessInstance approved(String opd) {
    ProcessInstance instance = confirmed(opd);
    driver.complete(driver.task(instance, TransitionContract.TASK_APPROVE_BUDGET_REVOCATION),
        Map.of("revocationDecision", "APPROVE"));
    return instance;
  }

  /**
   * TransitionDriver's exemptedUntilMarchAndMoved: the office connected, the island Icon+
   * cannot reach exempted until 31 March 2027, the Sekda cuts, BPKAD records the move in January
   * and the office's old contract ends; then 31 March ends in Samarinda and the Sekda decides.
   */
  private ProcessInstance exemptionEnded(String opd) {
    budgets.record(opd, FISCAL_YEAR, new BigDecimal("72000000"), BigDecimal.ZERO);
    ProcessInstance instance = driver.exemptedUntilMarchAndMoved(
        opd, FISCAL_YEAR, ownIspSite("Puskesmas Pulau Atas", 1_000_000L, "2026-12-31"), "Perwali 19/2027");
    TimeTravel.to(Instant.parse("2027-03-31T16:00:00Z"));
    driver.runJobs(instance, TransitionContract.EVENT_EXEMPTION_ENDS);
    return instance;
  }

  /**
   * As CampaignProcessTest's program closing at its end date: Samarinda's Diskominfo starts a
   * program for this OPD alone in a fiscal year no other test uses (2045, which the start form
   * allows from 2040), and the program ends with the OPD still at its survey: the Sekda takes over.
   */
  private ProcessInstance programEndedWithout(String opd) {
    TimeTravel.to(Instant.parse("2040-11-02T00:30:00Z"));
    ProcessInstance campaign = as(Groups.DISKOMINFO, List.of(Groups.DISKOMINFO), () -> submissions.startByKey(
        CampaignContract.KEY, Map.of("programName", "Program peramban 2045", "fiscalYear", 2045,
            "quietPeriodDays", TransitionDriver.QUIET_PERIOD_DAYS, "opdCodes", opd)));
    driver.runJobs(campaign, CampaignContract.CALL_OPD_TRANSITION_BODY);
    TimeTravel.to(Instant.parse("2045-12-31T16:00:00Z"));
    driver.runJobs(campaign, CampaignContract.EVENT_PROGRAM_ENDED);
    return campaign;
  }

  private ProcessInstance failedOrder(String opd) {
    ProcessInstance instance = driver.startAndOrder(opd, FISCAL_YEAR);
    iconPlus.failed(order(instance).providerOrderId(), "Izin tiang PLN belum terbit");
    return instance;
  }

  private Complaint ticketSent(String opd) {
    Complaint complaint = driver.fileComplaint(opd, "LINK_DOWN", "Putus sejak subuh");
    driver.complete(driver.caseTask(complaint.id(), ComplaintCaseContract.TASK_EVALUATE_COMPLAINT), evaluation("PROVIDER_FAULT"));
    driver.runCaseJobs(complaint.id(), ComplaintCaseContract.TASK_SEND_TROUBLE_TICKET);
    return complaint;
  }

  private ConnectionOrder order(ProcessInstance instance) {
    Long transitionId = transitionId(instance);
    return connections.currentOrder(transitionId, connections.connectionsOf(transitionId).get(0).siteId());
  }

  private String task(ProcessInstance instance, String taskKey) {
    return driver.task(instance, taskKey).getId();
  }

  private String caseTask(Complaint complaint, String taskKey) {
    Task task = driver.caseTask(complaint.id(), taskKey);
    assertThat(task).as("task %s of complaint %s", taskKey, complaint.id()).isNotNull();
    return task.getId();
  }

  private Long transitionId(ProcessInstance instance) {
    return (Long) engine.getRuntimeService().getVariable(instance.getId(), TransitionContract.TRANSITION_ID.name());
  }

  private long started(String processKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
  }

  private static LocalDate today() {
    return TimeTravel.now().atZone(PemdaZone.WITA.zone()).toLocalDate();
  }

  /** Answers in the order a user fills them: a choice first, then the fields it shows. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  private <T> T as(String user, List<String> groups, java.util.function.Supplier<T> action) {
    engine.getIdentityService().setAuthentication(user, groups, List.of(Tenants.DEFAULT));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  // ---------------------------------------------------------------- an OPD and its operator

  /**
   * An OPD of this test with its operator, set up as the demo profile sets up a registry OPD's
   * (IdentityBootstrap, DemoUsers): Tasklist, and reporting complaints.
   */
  private String newOpd() {
    String opd = opds.register("UJI-PERAMBAN-" + OPDS.incrementAndGet());
    IdentityService identity = engine.getIdentityService();
    String group = Groups.opd(opd);
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      Group created = identity.newGroup(group);
      created.setName("OPD uji " + opd);
      created.setType("WORKFLOW");
      identity.saveGroup(created);
      User user = identity.newUser(operatorOf(opd));
      user.setFirstName("Operator");
      user.setLastName(opd);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(user.getId(), group);
      // the OPD's Pemda, as onboarding makes every OPD group a member of its tenant
      identity.createTenantGroupMembership(Tenants.of(group), group);
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, ComplaintIntakeContract.KEY, Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      groups.add(group);
    }
    return opd;
  }

  private static String operatorOf(String opd) {
    return DemoUsers.operatorOf(opd);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
