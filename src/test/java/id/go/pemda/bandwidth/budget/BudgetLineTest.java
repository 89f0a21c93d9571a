package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One OPD's internet line: what it holds, what can move (the sisa pagu, once) and what moved. */
class BudgetLineTest {

  private static final BigDecimal PAGU = new BigDecimal("36000000");
  private static final BigDecimal REALIZED = new BigDecimal("9000000");

  @Test
  void an_active_line_has_moved_nothing_and_its_remainder_is_the_unspent_pagu() {
    BudgetLine line = BudgetLine.active("DISDUKCAPIL", 2027, PAGU, REALIZED);

    assertThat(line.status()).isEqualTo(BudgetStatus.ACTIVE);
    assertThat(line.accountCode()).isEqualTo(BudgetLine.INTERNET_ACCOUNT);
    assertThat(line.amountRupiah()).isEqualTo(PAGU);
    assertThat(line.originalAmountRupiah()).isEqualTo(PAGU);
    assertThat(line.movedAmountRupiah()).isZero();
    assertThat(line.remainingRupiah()).isEqualByComparingTo("27000000");
    assertThat(line.movable()).isTrue();
  }

  @Test
  void a_moved_line_keeps_its_original_pagu_and_the_movement_and_moves_no_more() {
    BudgetLine.Movement movement = new BudgetLine.Movement(
        new BigDecimal("27000000"), BudgetInstrument.PERGESERAN, "Perwali 12/2027", LocalDate.parse("2027-02-01"),
        LocalDate.parse("2027-03-01"), Instant.parse("2027-02-01T02:00:00Z"), "bpkad");

    BudgetLine moved = BudgetLine.active("DISDUKCAPIL", 2027, PAGU, REALIZED).moved(movement);

    assertThat(moved.status()).isEqualTo(BudgetStatus.REVOKED);
    // what was spent or committed stays with the OPD
    assertThat(moved.amountRupiah()).isEqualByComparingTo(REALIZED);
    assertThat(moved.originalAmountRupiah()).isEqualTo(PAGU);
    assertThat(moved.movedAmountRupiah()).isEqualByComparingTo("27000000");
    assertThat(moved.movement()).isEqualTo(movement);
    assertThat(moved.movable()).isFalse();
  }

  @Test
  void a_fully_realized_line_has_no_remainder_and_a_line_realized_beyond_its_pagu_none_below_zero() {
    assertThat(BudgetLine.active("DISDUKCAPIL", 2026, PAGU, PAGU).remainingRupiah()).isZero();
    assertThat(BudgetLine.active("DISDUKCAPIL", 2026, PAGU, PAGU.add(BigDecimal.ONE)).remainingRupiah()).isZero();
  }

  @Test
  void the_central_line_is_raised_by_what_an_opd_gave_up_and_stays_active() {
    BudgetLine central = BudgetLine.active("DISKOMINFO", 2027, new BigDecimal("500000000"), BigDecimal.ZERO);

    BudgetLine raised = central.raisedBy(new BigDecimal("27000000"));

    assertThat(raised.amountRupiah()).isEqualByComparingTo("527000000");
    assertThat(raised.originalAmountRupiah()).isEqualByComparingTo("500000000");
    assertThat(raised.status()).isEqualTo(BudgetStatus.ACTIVE);
  }
}
