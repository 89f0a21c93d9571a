package id.go.pemda.bandwidth.coordination;

import java.util.List;

/**
 * The link speeds that can be ordered. A sized need is rounded up to the next tier, since a
 * provider sells fixed products, not arbitrary speeds.
 */
public final class BandwidthTiers {

  static final List<Integer> TIERS = List.of(10, 20, 30, 50, 100, 150, 200, 300, 500, 1000);

  private BandwidthTiers() {}

  public static int roundUp(int neededMbps) {
    if (neededMbps <= 0) {
      return TIERS.get(0);
    }
    return TIERS.stream()
        .filter(tier -> tier >= neededMbps)
        .findFirst()
        .orElseGet(() -> ((neededMbps + 499) / 500) * 500);
  }
}
