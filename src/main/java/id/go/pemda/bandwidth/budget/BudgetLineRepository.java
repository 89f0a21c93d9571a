package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface BudgetLineRepository extends ListCrudRepository<BudgetLine, Long> {

  Optional<BudgetLine> findByOpdCodeAndFiscalYearAndAccountCode(
      String opdCode, int fiscalYear, String accountCode);

  List<BudgetLine> findByFiscalYearOrderByOpdCode(int fiscalYear);

  /**
   * The monthly saving of every OPD of a campaign whose connection plan is approved: the own
   * ISP's monthly cost from the survey the plan was sized on, minus the central monthly cost.
   */
  @Query(
      """
      select coalesce(sum(s.monthly_cost_rupiah - p.central_monthly_cost_rupiah), 0)
      from bandwidth_plan p
      join survey_answer s on s.id = p.survey_id
      join opd_transition t on t.id = p.transition_id
      where t.campaign_id = :campaignId and p.status = 'APPROVED'
      """)
  BigDecimal monthlySavingOfCampaign(Long campaignId);
}
