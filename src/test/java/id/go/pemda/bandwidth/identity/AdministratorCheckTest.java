package id.go.pemda.bandwidth.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.pemda.bandwidth.support.ApplicationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Camunda's first-admin setup page lets whoever comes first create an administrator when none
 * exists; the application never runs in that state.
 */
@ApplicationTest
class AdministratorCheckTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired ApplicationContext context;

  @Test
  void start_up_stops_first_thing_when_the_identity_has_no_administrator() {
    // the check runs before every other start-up step of the application
    assertThat(context.getBeansOfType(ApplicationRunner.class).values().stream()
            .sorted(AnnotationAwareOrderComparator.INSTANCE).findFirst())
        .containsInstanceOf(AdministratorCheck.class);
    AdministratorCheck check = context.getBean(AdministratorCheck.class);

    identity.deleteMembership("admin", Groups.CAMUNDA_ADMIN);
    try {
      assertThatThrownBy(() -> check.run(null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("anyone could create one on the setup page")
          .hasMessageContaining("set ADMIN_USER and ADMIN_PASSWORD");
    } finally {
      identity.createMembership("admin", Groups.CAMUNDA_ADMIN);
    }
    check.run(null);
  }

  @Test
  void with_an_administrator_the_setup_page_creates_nobody() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String intruder =
        "{\"profile\":{\"id\":\"penyusup\",\"firstName\":\"P\",\"lastName\":\"P\",\"email\":\"p@x.invalid\"},"
            + "\"credentials\":{\"password\":\"Rahasia-123!\"}}";

    var answer =
        http.postForEntity("/camunda/api/admin/setup/default/user/create", new HttpEntity<>(intruder, headers), String.class);

    assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getBody()).isTrue();
    assertThat(identity.createUserQuery().userId("penyusup").count()).isZero();
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()).extracting(user -> user.getId())
        .containsExactly("admin");
  }
}
