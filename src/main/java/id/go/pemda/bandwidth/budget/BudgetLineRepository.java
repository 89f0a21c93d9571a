package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface BudgetLineRepository extends ListCrudRepository<BudgetLine, Long> {

  Optional<BudgetLine> findByOpdCodeAndFiscalYearAndSubActivityCodeAndAccountCode(
      String opdCode, int fiscalYear, String subActivityCode, String accountCode);

  List<BudgetLine> findByOpdCodeAndFiscalYearAndAccountCode(String opdCode, int fiscalYear, String accountCode);

  List<BudgetLine> findByFiscalYearOrderByOpdCode(int fiscalYear);

  /**
   * Raises a line in one statement: concurrent revocations of one Pemda raise its central line
   * one after the other (the row's lock), where reading and saving the line could lose a raise.
   */
  @Modifying
  @Query("update budget_line set amount_rupiah = amount_rupiah + :amount where id = :id")
  int raise(@Param("id") Long id, @Param("amount") BigDecimal amount);
}
