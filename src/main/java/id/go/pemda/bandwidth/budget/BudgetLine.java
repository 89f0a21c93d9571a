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
 * @param subActivityCode the APBD sub-activity (sub kegiatan) the line sits under; empty for a
 *     line recorded before lines were loaded from the APBD
 * @param document the APBD document BPKAD last loaded the line from; null when not loaded
 * @param loadedAt when BPKAD last loaded it ({@link BudgetLineLoading}); null when not loaded
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
    @Embedded.Nullable Movement movement,
    String subActivityCode,
    BudgetDocument document,
    Instant loadedAt,
    String loadedBy) {

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
        null, opdCode, fiscalYear, INTERNET_ACCOUNT, amount, amount, realized, BudgetStatus.ACTIVE, null, "", null,
        null, null);
  }

  /** A line as BPKAD loads it from the APBD, not moved yet. */
  public static BudgetLine loaded(
      String opdCode, int fiscalYear, String subActivityCode, String accountCode, BigDecimal amount,
      BigDecimal realized, BudgetDocument document, Instant at, String by) {
    return new BudgetLine(
        null, opdCode, fiscalYear, accountCode, amount, amount, realized, BudgetStatus.ACTIVE, null, subActivityCode,
        document, at, by);
  }

  /**
   * The line as the APBD now says: a line not moved takes the file's pagu; a moved one keeps its
   * amounts (the file's pagu was checked against them) and takes what was realized since.
   * {@code raisedBy} is what revocations added to a central line on top of its APBD pagu.
   */
  public BudgetLine reloaded(
      String newSubActivity, BigDecimal pagu, BigDecimal raisedBy, BigDecimal realized, BudgetDocument from,
      Instant at, String by) {
    if (movement != null) {
      return new BudgetLine(
          id, opdCode, fiscalYear, accountCode, amountRupiah, originalAmountRupiah, realized, status, movement,
          newSubActivity, from, at, by);
    }
    return new BudgetLine(
        id, opdCode, fiscalYear, accountCode, pagu.add(raisedBy), pagu, realized, status, null, newSubActivity, from,
        at, by);
  }

  /** Whether loading these figures would change nothing. */
  public boolean sameFigures(String otherSubActivity, BigDecimal pagu, BigDecimal raisedBy, BigDecimal realized, BudgetDocument from) {
    return subActivityCode.equals(otherSubActivity) && document == from
        && realizedAmountRupiah.compareTo(realized) == 0
        && (movement != null
            || (originalAmountRupiah.compareTo(pagu) == 0 && amountRupiah.compareTo(pagu.add(raisedBy)) == 0));
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
        realizedAmountRupiah, BudgetStatus.REVOKED, done, subActivityCode, document, loadedAt, loadedBy);
  }

  /** The central line grows by what an OPD's line gave up. */
  public BudgetLine raisedBy(BigDecimal amount) {
    return new BudgetLine(
        id, opdCode, fiscalYear, accountCode, amountRupiah.add(amount), originalAmountRupiah, realizedAmountRupiah,
        status, movement, subActivityCode, document, loadedAt, loadedBy);
  }

  public BigDecimal movedAmountRupiah() {
    return movement == null ? BigDecimal.ZERO : movement.movedAmountRupiah();
  }
}
