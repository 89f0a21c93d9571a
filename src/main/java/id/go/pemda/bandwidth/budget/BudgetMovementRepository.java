package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface BudgetMovementRepository extends ListCrudRepository<BudgetMovement, Long> {

  Optional<BudgetMovement> findByTransitionId(Long transitionId);

  /**
   * The Pemda's first movement of the year by {@code instrument}, from its own OPDs' lines only:
   * reading the year's movements of every Pemda grew with the country (docs/benchmark.md).
   */
  @Query("""
      select m.* from budget_movement m
      where m.fiscal_year = :fiscalYear and m.instrument = :instrument
        and m.from_opd_code in (select o.code from opd o where o.tenant_id = :tenantId)
      order by m.id
      limit 1""")
  Optional<BudgetMovement> firstOfPemda(String tenantId, int fiscalYear, String instrument);

  /** What the year's revocations moved into one central office's line, summed by the database. */
  @Query("select coalesce(sum(amount_rupiah), 0) from budget_movement where to_opd_code = :toOpdCode and fiscal_year = :fiscalYear")
  BigDecimal sumMovedInto(String toOpdCode, int fiscalYear);
}
