package id.go.pemda.bandwidth.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface BudgetLineRepository extends ListCrudRepository<BudgetLine, Long> {

  Optional<BudgetLine> findByOpdCodeAndFiscalYearAndSubActivityCodeAndAccountCode(
      String opdCode, int fiscalYear, String subActivityCode, String accountCode);

  List<BudgetLine> findByOpdCodeAndFiscalYearAndAccountCode(String opdCode, int fiscalYear, String accountCode);

  List<BudgetLine> findByFiscalYearOrderByOpdCode(int fiscalYear);
}
