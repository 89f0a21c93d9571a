package id.go.pemda.bandwidth.benchmark;

import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.identity.PemdaOnboarding;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The application's side of the national scale, as a real deployment grows: every other Pemda
 * onboarded as an administrator onboards one (tenant, groups, grants, Tasklist filters, its OPD
 * registry, here the measured Pemda's OPDs), its budget lines recorded, and its program of the
 * fiscal year started from the program's start form by its Diskominfo. The program's
 * asynchronous call activity then starts one transition per OPD in one transaction, as the job
 * executor would run it: the application's delegates and listeners write the transition's rows,
 * grants and variables, and the survey's form view.
 */
final class NationalPrograms implements NationalScale.Opening {

  private static final BigDecimal INTERNET_BUDGET = new BigDecimal("72000000");

  private final ProcessEngine engine;
  private final FormSubmissions submissions;
  private final PemdaOnboarding onboarding;
  private final BudgetService budgets;
  /** The measured Pemda's registry, which every Pemda's has: its OPDs and its central office. */
  private final List<Opd> registry;
  /** The OPDs of every Pemda's program. */
  private final List<Opd> opds;

  NationalPrograms(ProcessEngine engine, FormSubmissions submissions, PemdaOnboarding onboarding, BudgetService budgets,
      List<Opd> registry, List<Opd> opds) {
    this.engine = engine;
    this.submissions = submissions;
    this.onboarding = onboarding;
    this.budgets = budgets;
    this.registry = registry;
    this.opds = opds;
  }

  /**
   * Onboards Pemda 2 to {@code tenants}, one after the other: each onboarding brings the shared
   * Tasklist filters up to date, which concurrent ones would overwrite.
   */
  void onboard(int tenants) throws IOException {
    String csv = "code,name,type,frontline_public_service\n" + registry.stream()
        .map(opd -> String.join(",", Tenants.localCode(opd.code()), opd.name(), opd.type(), String.valueOf(opd.frontlinePublicService())))
        .collect(Collectors.joining("\n"));
    for (int t = 1; t < tenants; t++) {
      String tenantId = NationalScale.tenant(t);
      onboarding.onboard(new Pemda(tenantId, "Pemerintah Kota " + (t + 1), Pemda.Kind.KOTA, "Benchmark"),
          id.go.pemda.bandwidth.tenant.PemdaSettingsInput.of(id.go.pemda.bandwidth.shared.PemdaZone.WITA),
          new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Override
  public List<NationalScale.Opened> open(int tenantIndex) {
    String tenantId = NationalScale.tenant(tenantIndex);
    List<String> codes = opds.stream().map(opd -> Tenants.opdCode(tenantId, Tenants.localCode(opd.code()))).toList();
    codes.forEach(code -> budgets.record(code, TransitionWalk.FISCAL_YEAR, INTERNET_BUDGET, BigDecimal.ZERO));

    String program = startProgram(tenantId, codes);
    // the call activity's job: every OPD's transition started in one transaction
    Job starts = engine.getManagementService().createJobQuery().processInstanceId(program).singleResult();
    engine.getManagementService().executeJob(starts.getId());

    List<NationalScale.Opened> opened = new ArrayList<>();
    for (ProcessInstance transition : engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(program).list()) {
      opened.add(new NationalScale.Opened(transition.getId(), transition.getBusinessKey(), codes.indexOf(transition.getBusinessKey())));
    }
    if (opened.size() != codes.size()) {
      throw new IllegalStateException("The program of " + tenantId + " started " + opened.size() + " of " + codes.size() + " transitions");
    }
    return opened;
  }

  /** The program's start form, submitted by the Pemda's Diskominfo as Tasklist submits it; answers the program's instance. */
  private String startProgram(String tenantId, List<String> codes) {
    String diskominfo = Groups.of(tenantId, Groups.DISKOMINFO);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CampaignContract.KEY).latestVersion().singleResult().getId();
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(TransitionWalk.userOf(diskominfo), List.of(diskominfo), List.of(tenantId));
    try {
      return submissions.start(definition, null, Map.of(
          "programName", "Pemusatan belanja internet TA " + TransitionWalk.FISCAL_YEAR,
          "fiscalYear", (long) TransitionWalk.FISCAL_YEAR,
          "quietPeriodDays", (long) TransitionWalk.QUIET_PERIOD_DAYS,
          "transitionDeadline", "2026-12-31",
          "opdCodes", codes.stream().map(Tenants::localCode).collect(Collectors.joining(", ")))).getId();
    } finally {
      identity.clearAuthentication();
    }
  }
}
