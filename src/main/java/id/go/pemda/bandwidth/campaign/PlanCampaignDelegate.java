package id.go.pemda.bandwidth.campaign;

import id.go.pemda.bandwidth.workflow.CurrentUser;
import id.go.pemda.bandwidth.workflow.EngineClock;
import id.go.pemda.bandwidth.workflow.FormField;
import id.go.pemda.bandwidth.workflow.FormInput;
import id.go.pemda.bandwidth.workflow.Wita;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PlanCampaign: checks the start form (it runs in the starting transaction, so a refusal
 * means no campaign was started) and records the campaign with its OPDs in priority order.
 */
@Component("planCampaign")
public class PlanCampaignDelegate implements JavaDelegate {

  static final FormField FISCAL_YEAR = FormField.of("fiscalYear", "Tahun anggaran sasaran");
  static final FormField QUIET_PERIOD = FormField.of("quietPeriod", "Masa tenang tanpa keluhan");
  static final FormField OPD_CODES = FormField.of("opdCodes", "Batasi ke kode OPD");
  static final FormField DEADLINE = FormField.of("transitionDeadline", "Tenggat transisi");
  private static final int YEARS_AHEAD = 5;

  private final CampaignService campaigns;

  public PlanCampaignDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int thisYear = Wita.today().getYear();
    FormInput input = FormInput.of(execution);
    Long fiscalYear = input.requiredWholeNumber(FISCAL_YEAR, thisYear, thisYear + YEARS_AHEAD);
    Duration quietPeriod = input.requiredDuration(QUIET_PERIOD, Duration.ofMinutes(1), Duration.ofDays(365));
    Instant deadline = deadline(input, fiscalYear);
    List<String> opdCodes = splitCodes(input.optionalText(OPD_CODES, 2000));
    List<String> unknown = campaigns.unknownOpdCodes(opdCodes);
    if (!unknown.isEmpty()) {
      input.reject(OPD_CODES, "kode OPD tidak dikenal: " + String.join(", ", unknown));
    }
    if (fiscalYear != null && campaigns.existsFor(fiscalYear.intValue())) {
      input.reject(FISCAL_YEAR, "kampanye untuk tahun anggaran " + fiscalYear + " sudah pernah dimulai");
    }
    input.throwIfInvalid();
    Campaign campaign =
        campaigns.plan(
            fiscalYear.intValue(), quietPeriod, deadline, CurrentUser.of(execution).orElse("system"), opdCodes);
    input.consume();
    CampaignProcess.CAMPAIGN_ID.set(execution, campaign.id());
  }

  /** The date given (end of that day, WITA), else 31 December before the fiscal year; never past. */
  private static Instant deadline(FormInput input, Long fiscalYear) {
    LocalDate given = input.optionalDate(DEADLINE);
    if (given == null && fiscalYear == null) {
      return null;
    }
    Instant deadline =
        given != null ? TransitionDeadline.endOf(given) : TransitionDeadline.defaultFor(fiscalYear.intValue());
    if (!deadline.isAfter(EngineClock.now())) {
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
