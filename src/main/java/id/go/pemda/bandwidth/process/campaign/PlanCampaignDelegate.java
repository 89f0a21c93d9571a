package id.go.pemda.bandwidth.process.campaign;

import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.TransitionDeadline;
import id.go.pemda.bandwidth.process.CurrentUser;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormServerSide;
import id.go.pemda.bandwidth.process.tenant.TenantIds;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PlanCampaign: reads the start form (it runs in the starting transaction, so a refusal
 * means no campaign was started) and records the campaign with its OPDs in priority order. The
 * form itself limits the fiscal year to this year and the five after it.
 */
@Component("planCampaign")
public class PlanCampaignDelegate implements JavaDelegate, FormServerSide {

  static final String NAME = "programName";
  static final String FISCAL_YEAR = "fiscalYear";
  static final String QUIET_PERIOD_DAYS = "quietPeriodDays";
  static final String OPD_CODES = "opdCodes";
  static final String DEADLINE = "transitionDeadline";
  static final FormContract FORM =
      FormContract.of("form-start-campaign", List.of(NAME, FISCAL_YEAR, QUIET_PERIOD_DAYS, DEADLINE, OPD_CODES), List.of());

  private final CampaignService campaigns;
  private final Clock clock;

  public PlanCampaignDelegate(CampaignService campaigns, Clock clock) {
    this.campaigns = campaigns;
    this.clock = clock;
  }

  @Override
  public FormContract contract() {
    return FORM;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.ofStart(execution, FORM);
    int fiscalYear = input.wholeNumber(FISCAL_YEAR).intValue();
    int quietPeriodDays = input.wholeNumber(QUIET_PERIOD_DAYS).intValue();
    Instant deadline = deadline(input, fiscalYear);
    String tenant = TenantIds.of(execution);
    // an operator writes the codes of the Pemda's own registry; a prefixed code must be the Pemda's
    List<String> opdCodes =
        splitCodes(input.text(OPD_CODES)).stream()
            .map(code -> code.contains(".") ? code : Tenants.opdCode(tenant, code))
            .toList();
    List<String> unknown = campaigns.unknownOpdCodes(tenant, opdCodes);
    if (!unknown.isEmpty()) {
      input.reject(OPD_CODES, "kode OPD tidak dikenal: " + String.join(", ", unknown));
    }
    if (campaigns.existsFor(tenant, fiscalYear)) {
      input.reject(FISCAL_YEAR, "program untuk tahun anggaran " + fiscalYear + " sudah pernah dimulai");
    }
    input.throwIfInvalid();
    Campaign campaign =
        campaigns.plan(tenant, input.text(NAME), fiscalYear, quietPeriodDays, deadline, CurrentUser.of(execution).orElse("system"), opdCodes);
    input.consume();
    CampaignContract.CAMPAIGN_ID.set(execution, campaign.id());
  }

  /** The date given (end of that day, WITA), else 31 December before the fiscal year; never past. */
  private Instant deadline(FormInput input, int fiscalYear) {
    LocalDate given = input.date(DEADLINE);
    Instant deadline = given != null ? TransitionDeadline.endOf(given) : TransitionDeadline.defaultFor(fiscalYear);
    if (!deadline.isAfter(clock.instant())) {
      input.reject(DEADLINE, "harus setelah hari ini; tanpa isian berlaku 31 Desember sebelum tahun anggaran");
    }
    return deadline;
  }

  /** "disdukcapil, DINKES" → [DISDUKCAPIL, DINKES]; blank → all OPDs. */
  static List<String> splitCodes(String codes) {
    if (codes == null) {
      return List.of();
    }
    return Arrays.stream(codes.split("[,;\\s]+"))
        .filter(code -> !code.isBlank())
        .map(code -> code.toUpperCase(Locale.ROOT))
        .distinct()
        .toList();
  }
}
