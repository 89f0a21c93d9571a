package id.go.pemda.bandwidth.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.pemda.bandwidth.shared.csv.CsvProblem;
import id.go.pemda.bandwidth.shared.csv.CsvResult;
import id.go.pemda.bandwidth.tenant.Pemda;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class SiteRegistryImporterTest {

  @Test
  void samarinda_sites_registry_loads() {
    List<Site> sites = SiteRegistryImporter.read(new ClassPathResource("registry/sites-samarinda.csv"));

    assertThat(sites).isNotEmpty();
    assertThat(sites).extracting(Site::code).doesNotHaveDuplicates();
  }

  @Test
  void an_excel_file_with_semicolons_a_bom_and_a_quoted_address_with_a_comma_loads() {
    String csv = "\uFEFFopd_code;site_code;name;kind;kelurahan;address\r\n"
        + "DINKES;DINKES-PKM-SEMPAJA;Puskesmas Sempaja;puskesmas;Sempaja Selatan;\"Jl. Wahid Hasyim II, No. 5\"\r\n";

    assertThat(SiteRegistryImporter.read(csv(csv))).containsExactly(
        new Site(null, "DINKES", "DINKES-PKM-SEMPAJA", "Puskesmas Sempaja", SiteKind.PUSKESMAS, "Sempaja Selatan",
            "Jl. Wahid Hasyim II, No. 5", true));
  }

  @Test
  void bad_rows_stop_the_start_up_each_named_by_its_line() {
    String csv = "opd_code,site_code,name,kind,kelurahan,address\n"
        + "DINKES,DINKES-PKM-SEMPAJA,Puskesmas Sempaja,PUSKESMAS,Sempaja Selatan,Jl. Wahid Hasyim II\n"
        + "DINKES,DINKES-PKM-X,Puskesmas X,KLINIK,Sempaja,Jl. X\n"
        + "DINKES,DINKES-PKM-SEMPAJA,Puskesmas lagi,PUSKESMAS,Sempaja,Jl. Wahid Hasyim II, No. 5\n";

    assertThatThrownBy(() -> SiteRegistryImporter.read(csv(csv)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 3: kind: 'KLINIK' tidak dikenal; pilih salah satu dari KANTOR")
        .hasMessageContaining("line 4: row: harus 6 kolom");
  }

  @Test
  void a_kantor_desa_is_a_kabupatens_and_a_kotas_registry_naming_one_is_refused() {
    CsvResult<Site> kabupaten = SiteRegistryImporter.parse(stream("opd_code,site_code,name,kind,desa,address\n"
        + "PEMDES,DESA-01,Kantor Desa Babulu Darat,DESA,Babulu Darat,Jl. Poros Babulu 1\n"), "ppu", Pemda.Kind.KABUPATEN,
        opd -> true);
    CsvResult<Site> kota = SiteRegistryImporter.parse(stream("opd_code,site_code,name,kind,kelurahan,address\n"
        + "KEC-SU,DESA-01,Kantor Desa Sidodadi,DESA,Sidodadi,Jl. Sidodadi 1\n"), "samarinda", Pemda.Kind.KOTA,
        opd -> true);

    assertThat(kabupaten.problems()).isEmpty();
    assertThat(kabupaten.rows()).extracting(Site::kind).containsExactly(SiteKind.DESA);
    assertThat(kota.accepted()).isFalse();
    assertThat(kota.problems()).extracting(CsvProblem::column, CsvProblem::problem)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kind", "'DESA' (Kantor desa) hanya ada di kabupaten"));
  }

  @Test
  void only_a_kabupaten_has_a_kantor_desa() {
    assertThat(SiteKind.DESA.existsIn(Pemda.Kind.KABUPATEN)).isTrue();
    assertThat(SiteKind.DESA.existsIn(Pemda.Kind.KOTA)).isFalse();
    // a kabupaten has some kelurahan too
    assertThat(SiteKind.KELURAHAN.existsIn(Pemda.Kind.KABUPATEN)).isTrue();
    assertThat(SiteKind.KELURAHAN.existsIn(Pemda.Kind.KOTA)).isTrue();
  }

  private static ByteArrayInputStream stream(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }

  private static ByteArrayResource csv(String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
  }
}
