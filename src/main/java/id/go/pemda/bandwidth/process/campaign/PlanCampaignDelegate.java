package id.go.pemda.bandwidth.process.campaign;

import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignOpd;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.CampaignStart;
import id.go.pemda.bandwidth.process.CurrentUser;
import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormInput;
import id.go.pemda.bandwidth.process.form.FormServerSide;
import id.go.pemda.bandwidth.process.tenant.TenantIds;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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

  public PlanCampaignDelegate(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public FormContract contract() {
    return FORM;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormInput input = FormInput.ofStart(execution, FORM);
    CampaignStart start = new CampaignStart(
        input.text(NAME), input.wholeNumber(FISCAL_YEAR).intValue(), input.wholeNumber(QUIET_PERIOD_DAYS).intValue(),
        input.date(DEADLINE), splitCodes(input.text(OPD_CODES)));
    Campaign campaign = input.apply(
        () -> campaigns.start(TenantIds.of(execution), start, CurrentUser.of(execution).orElse("system")));
    input.consume();
    CampaignContract.CAMPAIGN_ID.set(execution, campaign.id());
    List<CampaignOpd> leftOut = campaigns.leftOut(campaign.id());
    if (!leftOut.isEmpty()) {
      CampaignContract.LEFT_OUT_OPDS.set(execution, leftOut.stream()
          .map(opd -> opd.opdCode() + ": " + opd.leftOutReason())
          .collect(Collectors.joining("\n")));
    }
    CampaignContract.PROGRAM_ENDS_AT.set(execution, Date.from(campaigns.endOf(campaign)));
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
