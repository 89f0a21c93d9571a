package id.go.pemda.bandwidth.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private static ByteArrayResource csv(String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
  }
}
