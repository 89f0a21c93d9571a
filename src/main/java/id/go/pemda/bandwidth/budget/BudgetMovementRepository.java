package id.go.pemda.bandwidth.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface BudgetMovementRepository extends ListCrudRepository<BudgetMovement, Long> {

  Optional<BudgetMovement> findByTransitionId(Long transitionId);

  List<BudgetMovement> findByFiscalYearOrderById(int fiscalYear);
}
