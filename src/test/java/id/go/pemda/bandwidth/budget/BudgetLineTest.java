package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BudgetLineTest {

  private static final BigDecimal AMOUNT = new BigDecimal("36000000");

  @Test
  void active_line_has_moved_nothing() {
    BudgetLine line = BudgetLine.active("DISDUKCAPIL", 2027, AMOUNT, false);

    assertThat(line.status()).isEqualTo(BudgetStatus.ACTIVE);
    assertThat(line.accountCode()).isEqualTo(BudgetLine.INTERNET_ACCOUNT);
    assertThat(line.amountRupiah()).isEqualTo(AMOUNT);
    assertThat(line.originalAmountRupiah()).isEqualTo(AMOUNT);
    assertThat(line.movedAmountRupiah()).isZero();
  }

  @Test
  void revoked_line_keeps_original_amount_as_moved_and_amount_zero() {
    Instant at = Instant.parse("2027-02-01T02:00:00Z");
    BudgetLine active =
        new BudgetLine(7L, "DISDUKCAPIL", 2027, BudgetLine.INTERNET_ACCOUNT, AMOUNT, AMOUNT, BudgetStatus.ACTIVE,
            false, null, null, null);

    BudgetLine revoked = active.revoked(at, "sekda", "SK-001/2027");

    assertThat(revoked)
        .isEqualTo(
            new BudgetLine(7L, "DISDUKCAPIL", 2027, BudgetLine.INTERNET_ACCOUNT, BigDecimal.ZERO, AMOUNT,
                BudgetStatus.REVOKED, false, at, "sekda", "SK-001/2027"));
    assertThat(revoked.movedAmountRupiah()).isEqualTo(AMOUNT);
    assertThat(revoked.revocable()).isFalse();
  }

  @Test
  void a_paid_line_is_not_revocable() {
    assertThat(BudgetLine.active("DISDUKCAPIL", 2026, AMOUNT, true).revocable()).isFalse();
    assertThat(BudgetLine.active("DISDUKCAPIL", 2027, AMOUNT, false).revocable()).isTrue();
  }
}
