package id.go.pemda.bandwidth.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RupiahTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1250000 | Rp 1.250.000",
        "0 | Rp 0",
        "999 | Rp 999",
        "1000 | Rp 1.000",
        "-1250000 | Rp -1.250.000",
        "999999999999 | Rp 999.999.999.999",
        "12345678901234567890 | Rp 12.345.678.901.234.567.890"
      })
  void formats_with_dots_between_thousands(String amount, String formatted) {
    assertThat(Rupiah.format(new BigDecimal(amount))).isEqualTo(formatted);
  }
}
