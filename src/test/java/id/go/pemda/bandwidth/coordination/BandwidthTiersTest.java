package id.go.pemda.bandwidth.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandwidthTiersTest {

  @ParameterizedTest(name = "{0} Mbps → {1} Mbps")
  @CsvSource({"0, 10", "-5, 10"})
  void no_need_gets_the_smallest_tier(int neededMbps, int tier) {
    assertThat(BandwidthTiers.roundUp(neededMbps)).isEqualTo(tier);
  }

  @ParameterizedTest(name = "{0} Mbps stays {0} Mbps")
  @CsvSource({"10", "20", "30", "50", "100", "150", "200", "300", "500", "1000"})
  void exact_tier_is_kept(int tier) {
    assertThat(BandwidthTiers.roundUp(tier)).isEqualTo(tier);
  }

  @ParameterizedTest(name = "{0} Mbps → {1} Mbps")
  @CsvSource({
    "1, 10",
    "11, 20",
    "21, 30",
    "31, 50",
    "51, 100",
    "101, 150",
    "151, 200",
    "201, 300",
    "301, 500",
    "501, 1000",
    "999, 1000"
  })
  void need_between_tiers_rounds_up_to_the_next_tier(int neededMbps, int tier) {
    assertThat(BandwidthTiers.roundUp(neededMbps)).isEqualTo(tier);
  }

  @ParameterizedTest(name = "{0} Mbps → {1} Mbps")
  @CsvSource({
    "1001, 1500",
    "1500, 1500",
    "1501, 2000",
    "2000, 2000",
    "4321, 4500"
  })
  void need_above_1000_rounds_up_to_a_multiple_of_500(int neededMbps, int rounded) {
    assertThat(BandwidthTiers.roundUp(neededMbps)).isEqualTo(rounded);
  }
}
