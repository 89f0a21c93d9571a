package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * An OPD's internet budget for one fiscal year on account {@value #INTERNET_ACCOUNT}. Revoking
 * sets the amount to zero and keeps the original amount, which is what moves to Diskominfo.
 */
public record BudgetLine(
    @Id Long id,
    String opdCode,
    int fiscalYear,
    String accountCode,
    BigDecimal amountRupiah,
    BigDecimal originalAmountRupiah,
    BudgetStatus status,
    Instant revokedAt,
    String revokedBy,
    String revocationReference) {

  /** Belanja Kawat/Faksimili/Internet/TV Berlangganan (Permendagri 90/2019). */
  public static final String INTERNET_ACCOUNT = "5.1.02.02.01.0063";

  public static BudgetLine active(String opdCode, int fiscalYear, BigDecimal amount) {
    return new BudgetLine(
        null, opdCode, fiscalYear, INTERNET_ACCOUNT, amount, amount, BudgetStatus.ACTIVE, null, null, null);
  }

  public BudgetLine revoked(Instant at, String by, String reference) {
    return new BudgetLine(
        id, opdCode, fiscalYear, accountCode, BigDecimal.ZERO, originalAmountRupiah, BudgetStatus.REVOKED,
        at, by, reference);
  }

  /** What the revocation moved from the OPD to the central budget. */
  public BigDecimal movedAmountRupiah() {
    return status == BudgetStatus.REVOKED ? originalAmountRupiah : BigDecimal.ZERO;
  }
}
