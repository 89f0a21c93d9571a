package id.go.pemda.bandwidth.process.transition;

import static id.go.pemda.bandwidth.support.TransitionDriver.inDesa;
import static id.go.pemda.bandwidth.support.TransitionDriver.ownIspSite;
import static id.go.pemda.bandwidth.support.TransitionDriver.survey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.site.SiteKind;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.support.FormShown;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.TestOpds;
import id.go.pemda.bandwidth.support.TimeTravel;
import id.go.pemda.bandwidth.support.TransitionDriver;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The survey asks for the village a Pemda has: a kota's sites are in a kelurahan (Samarinda), a
 * kabupaten's in a desa (the demo's Penajam Paser Utara). The form shows the one field, the
 * server refuses the other.
 */
@ApplicationTest
class SurveyVillageProcessTest {

  private static final int FISCAL_YEAR = 2027;

  @Autowired ProcessEngine engine;

  @Autowired FormShown formShown;
  @Autowired TransitionDriver driver;
  @Autowired TestOpds opds;
  @Autowired ConnectionService connections;
  @Autowired SiteRegistry sites;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    TimeTravel.to(Instant.parse("2026-12-01T01:00:00Z"));
  }

  @Test
  void a_kabupatens_opd_surveys_its_sites_by_desa_and_a_kelurahan_is_refused() {
    String opd = opds.register("PPU.UJI-DESA");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    Task task = driver.task(instance, TransitionContract.TASK_FILL_SURVEY);
    assertThat(task).hasCandidateGroup(Groups.opd(opd));
    assertThat(formShown.of(task.getId(), TransitionViews.VILLAGE_KIND)).isEqualTo("Desa");

    // a kelurahan, as a kota writes it, is refused in a kabupaten
    assertThatThrownBy(() -> driver.fillSurvey(instance, survey(ownIspSite("Kantor Camat", 2_000_000L, "2026-12-31"))))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("kelurahan): tidak berlaku untuk pilihan ini; kosongkan")
        .hasMessageContaining("desa): wajib diisi");
    assertThat(instance).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);

    driver.fillSurvey(instance, survey(inDesa(ownIspSite("Kantor Camat", 2_000_000L, "2026-12-31"), "Babulu Darat")));

    assertThat(instance).isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(sites.sitesOf(opd)).extracting(site -> site.kelurahan()).containsExactly("Babulu Darat");
    Task coordinate = driver.task(instance, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(driver.prefilledRows(coordinate, "sites")).extracting(row -> row.get("siteName"))
        .containsExactly("Kantor Camat — Kantor, Desa Babulu Darat");
  }

  @Test
  void a_kabupatens_opd_surveys_a_kantor_desa_and_a_kota_cannot() {
    String kabupatenOpd = opds.register("PPU.UJI-KANTOR-DESA");
    ProcessInstance kabupaten = driver.start(kabupatenOpd, FISCAL_YEAR);
    Map<String, Object> desaOffice = inDesa(ownIspSite("Kantor Desa Babulu Darat", 750_000L, "2026-12-31"), "Babulu Darat");
    desaOffice.put("kind", "DESA");

    driver.fillSurvey(kabupaten, survey(desaOffice));

    assertThat(kabupaten).isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(sites.sitesOf(kabupatenOpd)).extracting(site -> site.kind()).containsExactly(SiteKind.DESA);
    Task coordinate = driver.task(kabupaten, TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(coordinate).hasCandidateGroup(Groups.of(Tenants.of(kabupatenOpd), Groups.DISKOMINFO));
    assertThat(driver.prefilledRows(coordinate, "sites")).extracting(row -> row.get("siteName"))
        .containsExactly("Kantor Desa Babulu Darat — Kantor desa, Desa Babulu Darat");

    // a kota has kelurahan, not desa: its survey naming a kantor desa is refused at the kind
    String kotaOpd = opds.register("UJI-KOTA-KANTOR-DESA");
    ProcessInstance kota = driver.start(kotaOpd, FISCAL_YEAR);
    Map<String, Object> wrongKind = ownIspSite("Kantor Desa Sidodadi", 750_000L, "2026-12-31");
    wrongKind.put("kind", "DESA");
    assertThatThrownBy(() -> driver.fillSurvey(kota, survey(wrongKind)))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("(kind): kantor desa hanya ada di kabupaten; wilayah kota terbagi atas kelurahan:"
            + " pilih Kantor kelurahan");
    assertThat(kota).isWaitingAt(TransitionContract.TASK_FILL_SURVEY);
    assertThat(sites.sitesOf(kotaOpd)).isEmpty();
  }

  @Test
  void a_kotas_opd_surveys_its_sites_by_kelurahan_and_a_desa_is_refused() {
    String opd = opds.register("UJI-KELURAHAN");
    ProcessInstance instance = driver.start(opd, FISCAL_YEAR);
    Task task = driver.task(instance, TransitionContract.TASK_FILL_SURVEY);
    assertThat(formShown.of(task.getId(), TransitionViews.VILLAGE_KIND)).isEqualTo("Kelurahan");

    Map<String, Object> both = ownIspSite("Kantor Dinas", 2_000_000L, "2026-12-31");
    both.put("desa", "Sidodadi");
    assertThatThrownBy(() -> driver.fillSurvey(instance, survey(both)))
        .isInstanceOf(FormInputException.class)
        .hasMessageContaining("desa): tidak berlaku untuk pilihan ini; kosongkan");

    driver.fillSurvey(instance, survey(ownIspSite("Kantor Dinas", 2_000_000L, "2026-12-31")));
    assertThat(instance).isWaitingAt(TransitionContract.TASK_COORDINATE_TECHNICALLY);
    assertThat(sites.sitesOf(opd)).extracting(site -> site.kelurahan()).containsExactly("Sidodadi");
  }
}
