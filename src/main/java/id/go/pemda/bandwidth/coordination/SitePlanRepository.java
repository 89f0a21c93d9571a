package id.go.pemda.bandwidth.coordination;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface SitePlanRepository extends ListCrudRepository<SitePlan, Long> {

  List<SitePlan> findByTransitionIdOrderById(Long transitionId);

  Optional<SitePlan> findFirstByTransitionIdAndSiteIdOrderByIdDesc(Long transitionId, Long siteId);

  /** The latest plan of each site of the transition's latest survey, in the survey's order. */
  @Query(
      """
      select p.* from site_plan p
      where p.id in (
        select max(p2.id) from site_plan p2 join site_survey ss on ss.id = p2.site_survey_id
        where ss.survey_id = (select max(s.id) from survey s where s.transition_id = :transitionId)
        group by p2.site_survey_id)
      order by p.site_survey_id
      """)
  List<SitePlan> findLatestOfTransition(Long transitionId);

  /** The central network's monthly cost of every approved site plan of a campaign. */
  @Query(
      """
      select coalesce(sum(p.central_monthly_cost_rupiah), 0)
      from site_plan p join opd_transition t on t.id = p.transition_id
      where t.campaign_id = :campaignId and p.status = 'APPROVED'
      """)
  BigDecimal approvedMonthlyCostOfCampaign(Long campaignId);

  /** The monthly saving of every approved site plan of a campaign: own ISP minus central share. */
  @Query(
      """
      select coalesce(sum(s.monthly_cost_rupiah - p.central_monthly_cost_rupiah), 0)
      from site_plan p
      join site_survey s on s.id = p.site_survey_id
      join opd_transition t on t.id = p.transition_id
      where t.campaign_id = :campaignId and p.status = 'APPROVED'
      """)
  BigDecimal monthlySavingOfCampaign(Long campaignId);
}
