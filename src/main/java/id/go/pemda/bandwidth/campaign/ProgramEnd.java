package id.go.pemda.bandwidth.campaign;

import id.go.pemda.bandwidth.shared.PemdaZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A program ends with its fiscal year: 31 December, 23.59 in the Pemda's time. OPDs still in
 * transition then are handed to the Sekda; their transitions go on, so no site loses its link.
 */
public final class ProgramEnd {

  private ProgramEnd() {}

  public static Instant of(int fiscalYear, PemdaZone zone) {
    return zone.at(LocalDate.of(fiscalYear, 12, 31), LocalTime.of(23, 59));
  }
}
