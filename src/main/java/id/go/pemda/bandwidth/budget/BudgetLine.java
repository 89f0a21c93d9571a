package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * An internet budget line of one OPD for one fiscal year on account {@value #INTERNET_ACCOUNT}
 * (Diskominfo's line is the central network). Revoking sets the amount to zero and keeps the
 * original amount, which is what moves away from the OPD. A paid line is never altered.
 */
public record BudgetLine(
    @Id Long id,
    String opdCode,
    int fiscalYear,
    String accountCode,
    BigDecimal amountRupiah,
    BigDecimal originalAmountRupiah,
    BudgetStatus status,
    boolean paid,
    Instant revokedAt,
    String revokedBy,
    String revocationReference) {

  /** Belanja Kawat/Faksimili/Internet/TV Berlangganan (Permendagri 90/2019). */
  public static final String INTERNET_ACCOUNT = "5.1.02.02.01.0063";

  public static BudgetLine active(String opdCode, int fiscalYear, BigDecimal amount, boolean paid) {
    return new BudgetLine(
        null, opdCode, fiscalYear, INTERNET_ACCOUNT, amount, amount, BudgetStatus.ACTIVE, paid, null, null, null);
  }

  public BudgetLine revoked(Instant at, String by, String reference) {
    return new BudgetLine(
        id, opdCode, fiscalYear, accountCode, BigDecimal.ZERO, originalAmountRupiah, BudgetStatus.REVOKED, paid,
        at, by, reference);
  }

  /** Whether a revocation may still change this line. */
  public boolean revocable() {
    return status == BudgetStatus.ACTIVE && !paid;
  }

  /** What the revocation moved from the OPD to the central budget. */
  public BigDecimal movedAmountRupiah() {
    return status == BudgetStatus.REVOKED ? originalAmountRupiah : BigDecimal.ZERO;
  }
}
