package id.go.pemda.bandwidth.budget;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.ApplicationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Budget revocation on PostgreSQL: exact to the rupiah and idempotent. */
@ApplicationTest
class BudgetServiceTest {

  // Tests share one database: this one owns fiscal year 2035.
  private static final int FISCAL_YEAR = 2035;

  @Autowired BudgetService budgets;
  @Autowired BudgetLineRepository lines;

  @Test
  void revocation_zeroes_the_line_and_keeps_the_exact_amount_moved() {
    budgets.record("DISKOPUKM", FISCAL_YEAR, new BigDecimal("123456789012345"), false);

    BudgetLine revoked = budgets.revoke("DISKOPUKM", FISCAL_YEAR, "DPPA/2035/1", "bpkad");

    assertThat(revoked.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(revoked.amountRupiah()).isEqualByComparingTo("0");
    assertThat(revoked.movedAmountRupiah()).isEqualTo(new BigDecimal("123456789012345"));
    assertThat(lines.findById(revoked.id()).orElseThrow().originalAmountRupiah())
        .isEqualTo(new BigDecimal("123456789012345"));
  }

  @Test
  void revoking_twice_changes_nothing() {
    budgets.record("DISPAR", FISCAL_YEAR, new BigDecimal("36000000"), false);
    BudgetLine first = budgets.revoke("DISPAR", FISCAL_YEAR, "DPPA/2035/2", "bpkad");

    BudgetLine second = budgets.revoke("DISPAR", FISCAL_YEAR, "DPPA/2035/OTHER", "someone-else");

    assertThat(second).isEqualTo(first);
    assertThat(lines.findById(first.id()).orElseThrow()).isEqualTo(first);
  }

  @Test
  void recording_a_line_again_keeps_the_first_amount() {
    BudgetLine first = budgets.record("DPTPH", FISCAL_YEAR, new BigDecimal("48000000"), false);

    BudgetLine again = budgets.record("DPTPH", FISCAL_YEAR, new BigDecimal("1"), false);

    assertThat(again).isEqualTo(first);
  }

  @Test
  void a_paid_line_is_not_altered() {
    BudgetLine paid = budgets.record("DISPORA", FISCAL_YEAR, new BigDecimal("36000000"), true);

    BudgetLine after = budgets.revoke("DISPORA", FISCAL_YEAR, "DPPA/2035/4", "bpkad");

    assertThat(after).isEqualTo(paid);
    assertThat(lines.findById(paid.id()).orElseThrow().status()).isEqualTo(BudgetStatus.ACTIVE);
    assertThat(lines.findById(paid.id()).orElseThrow().amountRupiah()).isEqualByComparingTo("36000000");
  }

  @Test
  void an_opd_without_a_line_gets_a_revoked_zero_line_on_record() {
    BudgetLine revoked = budgets.revoke("KESBANGPOL", FISCAL_YEAR, "DPPA/2035/3", "bpkad");

    assertThat(revoked.id()).isNotNull();
    assertThat(revoked.status()).isEqualTo(BudgetStatus.REVOKED);
    assertThat(revoked.movedAmountRupiah()).isEqualByComparingTo("0");
  }
}
