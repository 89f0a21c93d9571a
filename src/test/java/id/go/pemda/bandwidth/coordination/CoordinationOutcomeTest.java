package id.go.pemda.bandwidth.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Technical coordination's rules, without an engine: the plan's sites, in its order, as the survey found them. */
class CoordinationOutcomeTest {

  private static final List<CoordinationOutcome.PlannedSite> PLANNED = List.of(
      new CoordinationOutcome.PlannedSite(11L, "DINKES-01", false),
      new CoordinationOutcome.PlannedSite(12L, "DINKES-02", true));

  @Test
  void agreements_for_the_plans_sites_in_its_order_are_taken_site_by_site() {
    CoordinationOutcome outcome = agreed(
        agreement("DINKES-01", Solution.ICONPLUS_FIBER), agreement("DINKES-02", Solution.ICONPLUS_ADOPTED));

    assertThat(outcome.check(PLANNED).list()).isEmpty();
    assertThat(outcome.bySite(PLANNED)).containsOnlyKeys(11L, 12L);
    assertThat(outcome.bySite(PLANNED).get(12L))
        .isEqualTo(new SitePlan.Agreement(50, new BigDecimal("1500000"), Solution.ICONPLUS_ADOPTED, null));
  }

  @Test
  void a_site_may_not_be_added_or_dropped() {
    assertThat(agreed(agreement("DINKES-01", Solution.ICONPLUS_FIBER)).check(PLANNED).list())
        .containsExactly(new FieldError("sites", "daftar harus memuat 2 titik hasil survei, tidak boleh ditambah atau dikurangi"));
  }

  @Test
  void a_site_may_not_be_swapped() {
    CoordinationOutcome swapped = agreed(
        agreement("DINKES-02", Solution.ICONPLUS_FIBER), agreement("DINKES-01", Solution.ICONPLUS_FIBER));

    assertThat(swapped.check(PLANNED).list()).containsExactly(
        new FieldError("sites[0].siteCode", "titik tidak sesuai survei; muat ulang formulir"),
        new FieldError("sites[1].siteCode", "titik tidak sesuai survei; muat ulang formulir"));
  }

  @Test
  void only_a_site_already_on_icon_plus_keeps_its_circuit() {
    CoordinationOutcome adopted = agreed(
        agreement("DINKES-01", Solution.ICONPLUS_ADOPTED), agreement("DINKES-02", Solution.ICONPLUS_FIBER));

    assertThat(adopted.check(PLANNED).list())
        .containsExactly(new FieldError("sites[0].solution", "hanya untuk titik yang sudah pelanggan Icon+ menurut survei"));
  }

  private static CoordinationOutcome agreed(CoordinationOutcome.SiteAgreement... sites) {
    return new CoordinationOutcome(CoordinationDecision.AGREED, List.of(sites));
  }

  private static CoordinationOutcome.SiteAgreement agreement(String siteCode, Solution solution) {
    return new CoordinationOutcome.SiteAgreement(siteCode, 50, new BigDecimal("1500000"), solution, null);
  }
}
