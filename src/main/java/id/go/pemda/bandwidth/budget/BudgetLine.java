package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * An internet budget line of one OPD for one fiscal year on account {@value #INTERNET_ACCOUNT}
 * (Diskominfo's line pays the central network). What is spent or committed (realized) stays
 * with the OPD; only the unspent remainder (sisa pagu) can move, once.
 *
 * @param amountRupiah the line's pagu now
 * @param originalAmountRupiah the pagu before anything moved
 * @param realizedAmountRupiah spent or committed (SP2D and signed contracts)
 * @param movement how the remainder left the OPD, once it did
 */
public record BudgetLine(
    @Id Long id,
    String opdCode,
    int fiscalYear,
    String accountCode,
    BigDecimal amountRupiah,
    BigDecimal originalAmountRupiah,
    BigDecimal realizedAmountRupiah,
    BudgetStatus status,
    @Embedded.Nullable Movement movement) {

  /** Belanja Kawat/Faksimili/Internet/TV Berlangganan (Permendagri 90/2019). */
  public static final String INTERNET_ACCOUNT = "5.1.02.02.01.0063";

  /**
   * @param movedAmountRupiah what left the line (may be zero: a fully realized line)
   * @param effectiveFrom the first day the OPD's line is reduced
   */
  public record Movement(
      BigDecimal movedAmountRupiah,
      BudgetInstrument instrument,
      String documentNumber,
      LocalDate documentDate,
      LocalDate effectiveFrom,
      Instant revokedAt,
      String revokedBy) {}

  public static BudgetLine active(String opdCode, int fiscalYear, BigDecimal amount, BigDecimal realized) {
    return new BudgetLine(
        null, opdCode, fiscalYear, INTERNET_ACCOUNT, amount, amount, realized, BudgetStatus.ACTIVE, null);
  }

  /** The unspent remainder: what could still move. */
  public BigDecimal remainingRupiah() {
    return amountRupiah.subtract(realizedAmountRupiah).max(BigDecimal.ZERO);
  }

  public boolean movable() {
    return status == BudgetStatus.ACTIVE;
  }

  public BudgetLine moved(Movement done) {
    return new BudgetLine(
        id, opdCode, fiscalYear, accountCode, amountRupiah.subtract(done.movedAmountRupiah()), originalAmountRupiah,
        realizedAmountRupiah, BudgetStatus.REVOKED, done);
  }

  /** The central line grows by what an OPD's line gave up. */
  public BudgetLine raisedBy(BigDecimal amount) {
    return new BudgetLine(
        id, opdCode, fiscalYear, accountCode, amountRupiah.add(amount), originalAmountRupiah, realizedAmountRupiah,
        status, movement);
  }

  public BigDecimal movedAmountRupiah() {
    return movement == null ? BigDecimal.ZERO : movement.movedAmountRupiah();
  }
}
