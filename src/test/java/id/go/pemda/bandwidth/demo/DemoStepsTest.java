package id.go.pemda.bandwidth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.DatabaseSnapshot;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data on a second start with the same database, as {@code ./mvnw spring-boot:run}
 * after a first run: once prepared, preparing it again changes no row, user or group. (The
 * suite's application prepared it at its start, but other tests have onboarded Pemda and OPDs
 * since, which a start rightly gives users and budget lines: the first round here is the first
 * start. The demo program, off in the tests, is not played again once a program exists.)
 */
@ApplicationTest
class DemoStepsTest {

  @Autowired List<DemoStep> steps;
  @Autowired DatabaseSnapshot database;
  @Autowired IdentityService identity;

  @Test
  void a_second_start_prepares_nothing_new() throws Exception {
    assertThat(steps).extracting(step -> step.getClass().getSimpleName())
        .containsExactly("DemoPemda", "DemoUsers", "DemoBudgetLines");
    prepare();
    Map<String, Object> before = database.of();
    List<String> users = users();
    List<String> groups = groups();

    prepare();

    assertThat(database.of()).isEqualTo(before);
    assertThat(users()).isEqualTo(users).contains("opd.disdukcapil", "ppu.diskominfo");
    assertThat(groups()).isEqualTo(groups);
  }

  private void prepare() throws Exception {
    for (DemoStep step : steps) {
      step.prepare();
    }
  }

  private List<String> users() {
    return identity.createUserQuery().orderByUserId().asc().list().stream().map(User::getId).toList();
  }

  private List<String> groups() {
    return identity.createGroupQuery().orderByGroupId().asc().list().stream().map(Group::getId).toList();
  }
}
