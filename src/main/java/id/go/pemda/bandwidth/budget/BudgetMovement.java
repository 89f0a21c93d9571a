package id.go.pemda.bandwidth.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** One amount moved from an OPD's internet line to the central network's line. */
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
    String recordedBy,
    Instant recordedAt) {}
