package id.go.pemda.bandwidth.budget;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * Where a day stands in the APBD calendar of a fiscal year, and so which instruments can move an
 * OPD's line that day. Until the Perda APBD is adopted the line is simply not proposed in the
 * RKA-SKPD. Once adopted, the APBD is only changed within its own fiscal year: a pergeseran
 * anggaran (Perkada, on a TAPD decision) or the APBD Perubahan, from 1 January; between adoption
 * and 1 January nothing applies and BPKAD waits. After 31 December the year's budget is closed.
 */
public enum ApbdPeriod {
  BEFORE_ADOPTION(List.of(BudgetInstrument.RKA_NOT_PROPOSED)),
  ADOPTED_BEFORE_YEAR(List.of()),
  WITHIN_YEAR(List.of(BudgetInstrument.PERGESERAN, BudgetInstrument.APBD_PERUBAHAN)),
  YEAR_CLOSED(List.of());

  private final List<BudgetInstrument> instruments;

  ApbdPeriod(List<BudgetInstrument> instruments) {
    this.instruments = instruments;
  }

  public static ApbdPeriod of(LocalDate day, int fiscalYear, MonthDay apbdAdoptedBy) {
    if (day.isBefore(adoption(fiscalYear, apbdAdoptedBy))) {
      return BEFORE_ADOPTION;
    }
    if (day.getYear() < fiscalYear) {
      return ADOPTED_BEFORE_YEAR;
    }
    return day.getYear() == fiscalYear ? WITHIN_YEAR : YEAR_CLOSED;
  }

  /** The last day the fiscal year's Perda APBD may be adopted: the setting's day of the year before. */
  static LocalDate adoption(int fiscalYear, MonthDay apbdAdoptedBy) {
    return apbdAdoptedBy.atYear(fiscalYear - 1);
  }

  public List<BudgetInstrument> instruments() {
    return instruments;
  }

  /** The first day an instrument applies again, when none does now and one will: 1 January of the fiscal year. */
  public Optional<LocalDate> instrumentsFrom(int fiscalYear) {
    return this == ADOPTED_BEFORE_YEAR ? Optional.of(LocalDate.of(fiscalYear, 1, 1)) : Optional.empty();
  }

  /** Why no instrument applies, in a period that has none. */
  public String whyNone(int fiscalYear) {
    return this == YEAR_CLOSED
        ? "tahun anggaran " + fiscalYear + " telah berakhir"
        : "pergeseran anggaran dan APBD Perubahan hanya dalam tahun anggaran " + fiscalYear + ", mulai "
            + PemdaZone.formatDate(LocalDate.of(fiscalYear, 1, 1));
  }

  /**
   * When an instrument can move a fiscal year's line, both days included: the form offers an
   * instrument on the days of its window.
   *
   * @param from the first day; {@link #ALWAYS} for the RKA, which applies any day before the adoption
   */
  public record InstrumentWindow(BudgetInstrument instrument, LocalDate from, LocalDate until) {

    public boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(until);
    }

    /** The window as BPKAD reads it. */
    public String describe() {
      return instrument.label() + ": " + (from.equals(ALWAYS) ? "" : PemdaZone.formatDate(from) + " ") + "s.d. "
          + PemdaZone.formatDate(until);
    }
  }

  /** The first day of a window open to the past (a day a form's FEEL {@code date()} reads). */
  public static final LocalDate ALWAYS = LocalDate.EPOCH;

  /**
   * The windows of a fiscal year's instruments: the RKA until the day before the APBD's adoption,
   * the other two within the fiscal year. Equal to {@link #of} on every day.
   */
  public static List<InstrumentWindow> windows(int fiscalYear, MonthDay apbdAdoptedBy) {
    LocalDate yearStart = LocalDate.of(fiscalYear, 1, 1);
    LocalDate yearEnd = LocalDate.of(fiscalYear, 12, 31);
    return List.of(
        new InstrumentWindow(BudgetInstrument.RKA_NOT_PROPOSED, ALWAYS,
            adoption(fiscalYear, apbdAdoptedBy).minusDays(1)),
        new InstrumentWindow(BudgetInstrument.PERGESERAN, yearStart, yearEnd),
        new InstrumentWindow(BudgetInstrument.APBD_PERUBAHAN, yearStart, yearEnd));
  }
}
