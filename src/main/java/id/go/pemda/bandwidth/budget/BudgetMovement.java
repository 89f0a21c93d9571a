package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/**
 * One amount moved from an OPD's internet line to the central network's line.
 *
 * @param tapdDecisionNumber the TAPD's decision behind a pergeseran anggaran; none for another instrument
 */
public record BudgetMovement(
    @Id Long id,
    Long transitionId,
    int fiscalYear,
    String fromOpdCode,
    String toOpdCode,
    BigDecimal amountRupiah,
    BudgetInstrument instrument,
    String documentNumber,
    LocalDate documentDate,
    String tapdDecisionNumber,
    String recordedBy,
    Instant recordedAt) {}
