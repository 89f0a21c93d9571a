package id.go.pemda.bandwidth.campaign;

import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.tenant.PemdaSettings;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starts a program: records it and the ordered list of OPDs it will transition. */
@Service
@Transactional
public class CampaignService {

  private final CampaignRepository campaigns;
  private final CampaignOpdRepository campaignOpds;
  private final OpdRegistry registry;
  private final OpdPriority priority;
  private final OpenTransitions openTransitions;
  private final PemdaSettingsService settings;
  private final Clock clock;

  public CampaignService(
      CampaignRepository campaigns,
      CampaignOpdRepository campaignOpds,
      OpdRegistry registry,
      OpdPriority priority,
      OpenTransitions openTransitions,
      PemdaSettingsService settings, Clock clock) {
    this.campaigns = campaigns;
    this.campaignOpds = campaignOpds;
    this.registry = registry;
    this.priority = priority;
    this.openTransitions = openTransitions;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A Pemda's operator starts a program. The OPDs are named by the codes of the Pemda's own
   * registry; a prefixed code must be the Pemda's.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link CampaignStart#check}
   */
  public Campaign start(String tenantId, CampaignStart start, String startedBy) {
    List<String> opdCodes = start.opdCodes().stream()
        .map(code -> code.contains(".") ? code : Tenants.opdCode(tenantId, code))
        .toList();
    PemdaSettings own = settings.of(tenantId);
    start.check(
        clock.instant(), own.zone(), opdCodes.stream().filter(code -> !registry.belongsTo(code, tenantId)).toList(),
        campaigns.existsByTenantIdAndFiscalYear(tenantId, start.fiscalYear())).throwIfAny();
    return plan(
        tenantId, start.programName(), start.fiscalYear(), start.quietPeriodDays(), start.deadline(own.zone()), startedBy, opdCodes);
  }

  /**
   * Plans a Pemda's campaign over the given OPDs, or over every active OPD of the Pemda but its
   * central office when {@code opdCodes} is empty. An OPD still in another campaign's transition
   * is left out, with the reason ({@link #leftOut}): one OPD, one open transition.
   */
  public Campaign plan(
      String tenantId, String name, int fiscalYear, int quietPeriodDays, Instant deadline, String startedBy,
      List<String> opdCodes) {
    Campaign campaign =
        campaigns.save(
            new Campaign(null, name, fiscalYear, quietPeriodDays, startedBy, clock.instant(), deadline, tenantId));
    String centralOfficeCode = settings.of(tenantId).centralOfficeCode();
    var opds =
        opdCodes.isEmpty()
            ? registry.active(tenantId).stream()
                .filter(opd -> !Tenants.localCode(opd.code()).equals(centralOfficeCode))
                .toList()
            : opdCodes.stream().map(registry::require).toList();
    List<OpdPriority.Ranked> ranked = priority.rank(opds);
    for (int i = 0; i < ranked.size(); i++) {
      String opdCode = ranked.get(i).opdCode();
      campaignOpds.save(new CampaignOpd(
          null, campaign.id(), opdCode, ranked.get(i).priority(), i + 1, openTransitions.openTransitionOf(opdCode).orElse(null)));
    }
    return campaign;
  }

  @Transactional(readOnly = true)
  public Campaign require(Long campaignId) {
    return campaigns
        .findById(campaignId)
        .orElseThrow(() -> new IllegalStateException("No campaign with id " + campaignId));
  }

  /** The priority class the decision table gave an OPD in a campaign (1 = first). */
  @Transactional(readOnly = true)
  public int priorityClassOf(Long campaignId, String opdCode) {
    return campaignOpds
        .findByCampaignIdAndOpdCode(campaignId, opdCode)
        .map(CampaignOpd::priority)
        .orElseThrow(() -> new IllegalStateException(opdCode + " is not in campaign " + campaignId));
  }

  /** The OPD codes of a campaign that take part, in start order: highest priority first. */
  @Transactional(readOnly = true)
  public List<String> opdCodesInOrder(Long campaignId) {
    return campaignOpds.findByCampaignIdOrderByRankInCampaign(campaignId).stream()
        .filter(CampaignOpd::takesPart)
        .map(CampaignOpd::opdCode)
        .toList();
  }

  /** When a program ends: 31 December of its fiscal year, 23.59 in its Pemda's time. */
  public java.time.Instant endOf(Campaign campaign) {
    return ProgramEnd.of(campaign.fiscalYear(), settings.of(campaign.tenantId()).zone());
  }

  /** The OPDs a campaign left out because they are still in another transition, with the reason. */
  @Transactional(readOnly = true)
  public List<CampaignOpd> leftOut(Long campaignId) {
    return campaignOpds.findByCampaignIdOrderByRankInCampaign(campaignId).stream()
        .filter(opd -> !opd.takesPart())
        .toList();
  }
}
