package id.go.pemda.bandwidth.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.site.SiteKind;
import id.go.pemda.bandwidth.tenant.Pemda;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The survey's rules, without an engine: each names the field of the row it is about. */
class SurveyAnswersTest {

  private static final Set<String> OWN_SITES = Set.of("DINKES-01", "DINKES-02");
  private static final LocalDate CONTRACT_END = LocalDate.parse("2027-06-30");

  @Test
  void consistent_answers_break_no_rule() {
    assertThat(errors(site("DINKES-01", ownIsp()), site(null, none()), site("DINKES-02", iconPlus("ICP-7")))).isEmpty();
  }

  @Test
  void a_survey_lists_at_least_one_site() {
    assertThat(errors()).containsExactly(new FieldError("sites", "isi paling sedikit satu titik koneksi"));
  }

  @Test
  void a_registry_site_is_the_opds_own_and_listed_once() {
    assertThat(errors(site("DINKES-01", none()), site("DISDIK-01", none()), site("DINKES-01", none())))
        .containsExactly(
            new FieldError("sites[1].siteCode", "titik ini bukan titik OPD Anda atau tercantum dua kali"),
            new FieldError("sites[2].siteCode", "titik ini bukan titik OPD Anda atau tercantum dua kali"));
  }

  @Test
  void a_site_without_internet_has_no_isp_circuit_contract_bandwidth_or_cost() {
    SurveyAnswers.Internet filledIn = new SurveyAnswers.Internet(
        SiteInternet.NONE, "Telkom", CONTRACT_END, 30, 10, new BigDecimal("500000"), "ICP-1");

    assertThat(errors(site(null, filledIn))).containsExactly(
        new FieldError("sites[0].ispName", "kosongkan: titik ini belum ada internet"),
        new FieldError("sites[0].iconplusCircuitId", "kosongkan: titik ini belum ada internet"),
        new FieldError("sites[0].contractEnd", "kosongkan: titik ini belum ada internet"),
        new FieldError("sites[0].currentBandwidthMbps", "harus 0: titik ini belum ada internet"),
        new FieldError("sites[0].monthlyCostRupiah", "harus 0: titik ini belum ada internet"));
  }

  @Test
  void a_site_on_its_own_isp_names_it_its_contract_end_and_notice_and_has_bandwidth() {
    SurveyAnswers.Internet bare =
        new SurveyAnswers.Internet(SiteInternet.OWN_ISP, null, null, null, 0, new BigDecimal("500000"), "ICP-1");

    assertThat(errors(site(null, ownIsp()), site(null, bare))).containsExactly(
        new FieldError("sites[1].ispName", "wajib diisi untuk titik dengan ISP sendiri"),
        new FieldError("sites[1].contractEnd", "wajib diisi untuk titik dengan ISP sendiri"),
        new FieldError("sites[1].noticeDays", "wajib diisi untuk titik dengan ISP sendiri"),
        new FieldError("sites[1].currentBandwidthMbps", "minimal 1 untuk titik yang sudah berlangganan"),
        new FieldError("sites[1].iconplusCircuitId", "kosongkan: titik ini memakai ISP sendiri"));
  }

  @Test
  void a_site_on_icon_plus_gives_its_circuit_and_has_bandwidth() {
    SurveyAnswers.Internet bare =
        new SurveyAnswers.Internet(SiteInternet.ICONPLUS, null, null, null, 0, new BigDecimal("500000"), null);

    assertThat(errors(site(null, bare))).containsExactly(
        new FieldError("sites[0].iconplusCircuitId", "wajib diisi untuk titik dengan ISP sendiri"),
        new FieldError("sites[0].currentBandwidthMbps", "minimal 1 untuk titik yang sudah berlangganan"));
  }

  @Test
  void a_kotas_site_is_in_a_kelurahan_and_a_kabupatens_in_a_desa() {
    SurveyAnswers.SiteAnswer inKelurahan = new SurveyAnswers.SiteAnswer(
        null, "Kantor", SiteKind.KANTOR, "Sidodadi", null, "Jl. Basuki Rahmat 1", none(), SiteSurvey.Needs.staff(4));
    SurveyAnswers.SiteAnswer inDesa = new SurveyAnswers.SiteAnswer(
        null, "Kantor", SiteKind.KANTOR, null, "Babulu Darat", "Jl. Poros 1", none(), SiteSurvey.Needs.staff(4));

    assertThat(check(Pemda.Kind.KOTA, inKelurahan)).isEmpty();
    assertThat(check(Pemda.Kind.KABUPATEN, inDesa)).isEmpty();
    assertThat(inDesa.village()).isEqualTo("Babulu Darat");
    assertThat(check(Pemda.Kind.KOTA, inDesa)).containsExactly(
        new FieldError("sites[0].kelurahan", "wajib diisi"),
        new FieldError("sites[0].desa", "kosongkan: wilayah kota terbagi atas kelurahan"));
    assertThat(check(Pemda.Kind.KABUPATEN, inKelurahan)).containsExactly(
        new FieldError("sites[0].desa", "wajib diisi"),
        new FieldError("sites[0].kelurahan", "kosongkan: wilayah kabupaten terbagi atas desa"));
  }

  @Test
  void a_kantor_desa_is_a_kabupatens_and_a_kota_is_told_to_choose_a_kantor_kelurahan() {
    SurveyAnswers.SiteAnswer desaOffice = new SurveyAnswers.SiteAnswer(
        null, "Kantor Desa Babulu Darat", SiteKind.DESA, null, "Babulu Darat", "Jl. Poros 1", none(), SiteSurvey.Needs.staff(6));
    SurveyAnswers.SiteAnswer desaOfficeInAKota = new SurveyAnswers.SiteAnswer(
        null, "Kantor Desa Sidodadi", SiteKind.DESA, "Sidodadi", null, "Jl. Sidodadi 1", none(), SiteSurvey.Needs.staff(6));

    assertThat(check(Pemda.Kind.KABUPATEN, desaOffice)).isEmpty();
    assertThat(check(Pemda.Kind.KOTA, desaOfficeInAKota)).containsExactly(new FieldError("sites[0].kind",
        "kantor desa hanya ada di kabupaten; wilayah kota terbagi atas kelurahan: pilih Kantor kelurahan"));
  }

  private static List<FieldError> check(Pemda.Kind pemda, SurveyAnswers.SiteAnswer site) {
    return new SurveyAnswers("Budi", "0812 345 678", null, List.of(site)).check(OWN_SITES::contains, pemda).list();
  }

  @Test
  void the_survey_keeps_what_each_kind_of_site_has() {
    assertThat(none().current()).isEqualTo(SiteSurvey.Connectivity.NONE);
    assertThat(ownIsp().current()).isEqualTo(
        new SiteSurvey.Connectivity("Telkom", CONTRACT_END, 30, 20, new BigDecimal("750000"), null));
    assertThat(iconPlus("ICP-7").current().onIconPlus()).isTrue();
    assertThat(SiteInternet.of(iconPlus("ICP-7").current())).isEqualTo(SiteInternet.ICONPLUS);
    assertThat(SiteInternet.of(ownIsp().current())).isEqualTo(SiteInternet.OWN_ISP);
    assertThat(SiteInternet.of(none().current())).isEqualTo(SiteInternet.NONE);
  }

  private static List<FieldError> errors(SurveyAnswers.SiteAnswer... sites) {
    return new SurveyAnswers("Budi", "0812 345 678", null, Arrays.asList(sites)).check(OWN_SITES::contains, Pemda.Kind.KOTA).list();
  }

  private static SurveyAnswers.SiteAnswer site(String code, SurveyAnswers.Internet internet) {
    return new SurveyAnswers.SiteAnswer(
        code, "Kantor", SiteKind.KANTOR, "Sidodadi", null, "Jl. Basuki Rahmat 1", internet, SiteSurvey.Needs.staff(40));
  }

  private static SurveyAnswers.Internet none() {
    return new SurveyAnswers.Internet(SiteInternet.NONE, null, null, null, 0, BigDecimal.ZERO, null);
  }

  private static SurveyAnswers.Internet ownIsp() {
    return new SurveyAnswers.Internet(SiteInternet.OWN_ISP, "Telkom", CONTRACT_END, 30, 20, new BigDecimal("750000"), null);
  }

  private static SurveyAnswers.Internet iconPlus(String circuit) {
    return new SurveyAnswers.Internet(SiteInternet.ICONPLUS, null, null, null, 30, new BigDecimal("900000"), circuit);
  }
}
