package id.go.pemda.bandwidth.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.site.SiteKind;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.support.ApplicationTest;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every Pemda its own settings: Samarinda's row and the deployment's {@code bandwidth.*} for
 * what it leaves out, the demo's kabupaten, and a Pemda onboarded in another zone with its own
 * central office, calendar, escalation counts and group names.
 */
@ApplicationTest
class PemdaSettingsTest {

  private static final String CSV = "code,name,type,frontline_public_service\n"
      + "KOMINFO,Dinas Komunikasi dan Informatika,DINAS,false\n"
      + "DINKES,Dinas Kesehatan,DINAS,true\n";

  @Autowired PemdaSettingsService settings;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired SiteRegistry sites;

  @Test
  void samarinda_is_a_kota_in_wita_with_the_deployments_settings() {
    PemdaSettings samarinda = settings.of(Tenants.DEFAULT);

    assertThat(samarinda.kind()).isEqualTo(Pemda.Kind.KOTA);
    assertThat(samarinda.zone()).isEqualTo(PemdaZone.WITA);
    assertThat(samarinda.centralOfficeCode()).isEqualTo("DISKOMINFO");
    assertThat(samarinda.apbdAdoptedBy()).isEqualTo(MonthDay.of(11, 30));
    assertThat(samarinda.latestExtension()).isEqualTo(MonthDay.of(3, 31));
    assertThat(samarinda.villageLabel()).isEqualTo("Kelurahan");
    assertThat(samarinda.groupName("sekda")).isEqualTo("Sekretaris Daerah");
  }

  @Test
  void the_demos_penajam_paser_utara_is_a_kabupaten_in_wita_whose_villages_are_desa() {
    PemdaSettings ppu = settings.ofName("PPU.DINKES");

    assertThat(ppu.tenantId()).isEqualTo("ppu");
    assertThat(ppu.kind()).isEqualTo(Pemda.Kind.KABUPATEN);
    assertThat(ppu.zone()).isEqualTo(PemdaZone.WITA);
    assertThat(ppu.villageLabel()).isEqualTo("Desa");
  }

  @Test
  void a_pemda_onboarded_in_wib_keeps_its_own_settings_and_group_names() {
    Map<String, Object> body = request("uji-setelan");
    body.put("zone", "WIB");
    body.put("centralOfficeCode", "KOMINFO");
    body.put("apbdAdoptedBy", "--12-15");
    body.put("latestExtension", "--02-28");
    body.put("escalateToKadisAfter", 2);
    body.put("escalateToSekdaAfter", 4);
    body.put("groupNames", Map.of("diskominfo", "Dinas Kominfo - Bidang Jaringan"));

    ResponseEntity<JsonNode> answer = onboard(body);

    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
    PemdaSettings own = settings.of("uji-setelan");
    assertThat(own.zone()).isEqualTo(PemdaZone.WIB);
    assertThat(own.kind()).isEqualTo(Pemda.Kind.KABUPATEN);
    assertThat(own.centralOfficeCode()).isEqualTo("KOMINFO");
    assertThat(own.apbdAdoptedBy()).isEqualTo(MonthDay.of(12, 15));
    assertThat(own.latestExtension()).isEqualTo(MonthDay.of(2, 28));
    assertThat(own.escalateToKadisAfter()).isEqualTo(2);
    assertThat(own.escalateToSekdaAfter()).isEqualTo(4);
    assertThat(settings.zoneOfOpd("UJI-SETELAN.DINKES")).isEqualTo(PemdaZone.WIB);
    var identity = engine.getIdentityService();
    assertThat(identity.createGroupQuery().groupId("uji-setelan.diskominfo").singleResult().getName())
        .isEqualTo("Dinas Kominfo - Bidang Jaringan");
    // a role it gave no name keeps the deployment's
    assertThat(identity.createGroupQuery().groupId("uji-setelan.sekda").singleResult().getName())
        .isEqualTo("Sekretaris Daerah");
  }

  @Test
  void onboarding_without_a_zone_or_with_bad_settings_is_refused_by_field() {
    Map<String, Object> body = request("uji-setelan-salah");
    body.put("centralOfficeCode", "kominfo lama");
    body.put("escalateToKadisAfter", 5);
    body.put("escalateToSekdaAfter", 3);
    body.put("groupNames", Map.of("camat", "Camat"));

    ResponseEntity<JsonNode> answer = onboard(body);

    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("zone", "centralOfficeCode", "escalateToSekdaAfter", "groupNames.camat");
    assertThatThrownBy(() -> settings.of("uji-setelan-salah")).isInstanceOf(PemdaSettingsService.UnknownPemda.class);
  }

  @Test
  void a_kabupaten_is_onboarded_with_its_sites_registry_by_desa() {
    Map<String, Object> body = request("uji-situs");
    body.put("zone", "WITA");
    body.put("sitesRegistryCsv", "opd_code;site_code;name;kind;desa;address\n"
        + "DINKES;DINKES-01;Puskesmas Babulu;PUSKESMAS;Babulu Darat;Jl. Poros Babulu 1\n");

    ResponseEntity<JsonNode> answer = onboard(body);

    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
    assertThat(sites.sitesOf("UJI-SITUS.DINKES"))
        .extracting(site -> site.code(), site -> site.kelurahan(), site -> site.kind())
        .containsExactly(tuple("UJI-SITUS.DINKES-01", "Babulu Darat", SiteKind.PUSKESMAS));
  }

  @Test
  void a_sites_registry_naming_another_opd_or_the_wrong_village_is_refused_and_nothing_is_onboarded() {
    Map<String, Object> body = request("uji-situs-salah");
    body.put("zone", "WITA");
    body.put("sitesRegistryCsv", "opd_code,site_code,name,kind,desa,address\n"
        + "DISDIK,DISDIK-01,SD Negeri 1,SEKOLAH,Sotek,Jl. Sotek 1\n");
    ResponseEntity<JsonNode> unknownOpd = onboard(body);
    body.put("sitesRegistryCsv", "opd_code,site_code,name,kind,kelurahan,address\n"
        + "DINKES,DINKES-01,Puskesmas,PUSKESMAS,Sotek,Jl. Sotek 1\n");
    ResponseEntity<JsonNode> kelurahan = onboard(body);

    assertThat(unknownOpd.getStatusCode().value()).isEqualTo(400);
    assertThat(unknownOpd.getBody().get("errors").findValuesAsText("message"))
        .containsExactly("line 2: opd_code: 'DISDIK' tidak ada dalam daftar OPD Pemda ini");
    assertThat(unknownOpd.getBody().get("errors").findValuesAsText("field")).containsExactly("sitesRegistryCsv");
    assertThat(kelurahan.getStatusCode().value()).isEqualTo(400);
    assertThatThrownBy(() -> settings.of("uji-situs-salah")).isInstanceOf(PemdaSettingsService.UnknownPemda.class);
  }

  @Test
  void a_name_of_no_pemda_on_the_deployment_has_no_settings() {
    assertThatThrownBy(() -> settings.ofName("KUTIM.DINKES"))
        .isInstanceOf(PemdaSettingsService.UnknownPemda.class)
        .hasMessageContaining("kutim");
  }

  private static Map<String, Object> request(String id) {
    Map<String, Object> body = new HashMap<>();
    body.put("id", id);
    body.put("name", "Pemerintah Kabupaten Uji Setelan");
    body.put("kind", "KABUPATEN");
    body.put("province", "Jawa Timur");
    body.put("opdRegistryCsv", CSV);
    return body;
  }

  private ResponseEntity<JsonNode> onboard(Map<String, Object> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth("admin", "demo")
        .postForEntity("/api/admin/tenants", new HttpEntity<>(body, headers), JsonNode.class);
  }

}
