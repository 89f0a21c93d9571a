package id.go.pemda.bandwidth.opd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

class OpdRegistryImporterTest {

  private static final String HEADER = "code,name,type,frontline_public_service\n";

  @Test
  void samarinda_registry_lists_41_opds() {
    List<Opd> opds = OpdRegistryImporter.read(new ClassPathResource("registry/opd-samarinda.csv"));

    assertThat(opds).hasSize(41);
    assertThat(opds).extracting(Opd::code).doesNotHaveDuplicates();
    assertThat(opds)
        .filteredOn(opd -> opd.code().equals("DISDUKCAPIL"))
        .singleElement()
        .satisfies(opd -> {
          assertThat(opd.name()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
          assertThat(opd.type()).isEqualTo("DINAS");
          assertThat(opd.frontlinePublicService()).isTrue();
        });
  }

  @Test
  void rows_are_read_stripped_and_active_and_blank_lines_are_skipped() {
    List<Opd> opds = OpdRegistryImporter.read(csv(HEADER + " DLH , Dinas Lingkungan Hidup ,DINAS, false\r\n\n"));

    assertThat(opds).containsExactly(new Opd(null, "DLH", "Dinas Lingkungan Hidup", "DINAS", false, true));
  }

  @Test
  void wrong_header_is_refused_naming_the_expected_header() {
    assertThatThrownBy(() -> OpdRegistryImporter.read(csv("kode,nama,jenis,garis_depan\nDLH,Dinas,DINAS,false\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("header code,name,type,frontline_public_service");
  }

  @Test
  void empty_file_is_refused() {
    assertThatThrownBy(() -> OpdRegistryImporter.read(csv("")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("header code,name,type,frontline_public_service");
  }

  @Test
  void bad_boolean_is_refused_naming_the_line_number() {
    String registry = HEADER + "DLH,Dinas Lingkungan Hidup,DINAS,false\nDINKES,Dinas Kesehatan,DINAS,ya\n";

    assertThatThrownBy(() -> OpdRegistryImporter.read(csv(registry)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("DINKES,Dinas Kesehatan,DINAS,ya");
  }

  @Test
  void line_with_a_missing_cell_is_refused() {
    assertThatThrownBy(() -> OpdRegistryImporter.read(csv(HEADER + "DLH,Dinas Lingkungan Hidup,false\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void an_indonesian_excel_file_with_semicolons_a_bom_and_a_quoted_comma_loads() {
    String registry = "\uFEFFcode;name;type;frontline_public_service\r\n"
        + "DLH;\"Dinas Lingkungan Hidup, Kebersihan dan Pertamanan\";DINAS;SALAH\r\n"
        + "DINKES;Dinas Kesehatan;DINAS;TRUE\r\n";

    assertThat(OpdRegistryImporter.read(csv(registry))).containsExactly(
        new Opd(null, "DLH", "Dinas Lingkungan Hidup, Kebersihan dan Pertamanan", "DINAS", false, true),
        new Opd(null, "DINKES", "Dinas Kesehatan", "DINAS", true, true));
  }

  @Test
  void every_bad_row_is_named_by_its_line_and_nothing_of_the_file_is_taken() {
    String registry = HEADER + "DLH,Dinas Lingkungan Hidup,DINAS,false\n"
        + "dinkes,Dinas Kesehatan,DINAS,true\n"
        + "DLH,Dinas Lingkungan Hidup lagi,DINAS,false\n";

    var result = OpdRegistryImporter.parse(
        new java.io.ByteArrayInputStream(registry.getBytes(StandardCharsets.UTF_8)), "ppu");

    assertThat(result.problems()).extracting(Object::toString).containsExactly(
        "line 3: code: 'dinkes' harus maksimal 30 huruf besar, angka, '-' atau '_'",
        "line 4: code: 'DLH' muncul dua kali dalam berkas");
    assertThat(result.accepted()).isFalse();
  }

  private static ByteArrayResource csv(String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8));
  }
}
