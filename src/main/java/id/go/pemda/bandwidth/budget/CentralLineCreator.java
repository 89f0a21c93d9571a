package id.go.pemda.bandwidth.budget;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a Pemda's central line in a transaction of its own. Two revocations of one Pemda
 * recorded at the same moment both find no central line; one insert wins, the other breaks the
 * line's unique key, and only this small transaction fails with it, not BPKAD's record: the caller
 * reads the line the other created ({@link BudgetService#revoke}).
 */
@Component
class CentralLineCreator {

  private final BudgetLineRepository lines;

  CentralLineCreator(BudgetLineRepository lines) {
    this.lines = lines;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void create(BudgetLine central) {
    lines.save(central);
  }
}
