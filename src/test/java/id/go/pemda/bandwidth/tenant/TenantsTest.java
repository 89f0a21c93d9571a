package id.go.pemda.bandwidth.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.identity.Groups;
import org.junit.jupiter.api.Test;

class TenantsTest {

  @Test
  void samarinda_keeps_its_names_and_another_pemda_prefixes_them_with_its_id() {
    assertThat(Tenants.opdCode("samarinda", "dinkes")).isEqualTo("DINKES");
    assertThat(Tenants.opdCode("ppu", "DINKES")).isEqualTo("PPU.DINKES");
    assertThat(Groups.opd("DINKES")).isEqualTo("opd-dinkes");
    assertThat(Groups.opd("PPU.KEC-WARU")).isEqualTo("ppu.opd-kec-waru");
    assertThat(Groups.of("samarinda", Groups.SEKDA)).isEqualTo("sekda");
    assertThat(Groups.of("ppu", Groups.SEKDA)).isEqualTo("ppu.sekda");
  }

  @Test
  void a_name_tells_its_pemda_and_its_local_part() {
    assertThat(Tenants.of("DINKES")).isEqualTo("samarinda");
    assertThat(Tenants.of("PPU.DINKES")).isEqualTo("ppu");
    assertThat(Tenants.of("ppu.opd-dinkes")).isEqualTo("ppu");
    assertThat(Tenants.of("kadis-diskominfo")).isEqualTo("samarinda");
    assertThat(Tenants.localCode("PPU.DINKES")).isEqualTo("DINKES");
    assertThat(Tenants.localCode("DINKES")).isEqualTo("DINKES");
  }

  @Test
  void a_role_group_is_recognized_in_every_pemda_and_an_opd_group_is_no_role() {
    assertThat(Groups.roleOf("bpkad")).isEqualTo("bpkad");
    assertThat(Groups.roleOf("ppu.bpkad")).isEqualTo("bpkad");
    assertThat(Groups.roleOf("ppu.opd-dinkes")).isNull();
    assertThat(Groups.roleOf("opd-bpkad")).isNull();
    assertThat(Groups.roleOf("camunda-admin")).isNull();
  }
}
