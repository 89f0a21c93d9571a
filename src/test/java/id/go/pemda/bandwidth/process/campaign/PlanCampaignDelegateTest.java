package id.go.pemda.bandwidth.process.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanCampaignDelegateTest {

  @Test
  void no_codes_means_all_opds() {
    assertThat(PlanCampaignDelegate.splitCodes(null)).isEmpty();
  }

  @Test
  void blank_codes_mean_all_opds() {
    assertThat(PlanCampaignDelegate.splitCodes("  \n ")).isEmpty();
  }

  @Test
  void codes_are_split_upper_cased_and_deduplicated_in_order() {
    assertThat(PlanCampaignDelegate.splitCodes("disdukcapil, DINKES;dinkes"))
        .containsExactly("DISDUKCAPIL", "DINKES");
  }

  @Test
  void leading_and_repeated_separators_are_ignored() {
    assertThat(PlanCampaignDelegate.splitCodes(" ,;DLH ,, kec-palaran\nSETDA "))
        .containsExactly("DLH", "KEC-PALARAN", "SETDA");
  }
}
