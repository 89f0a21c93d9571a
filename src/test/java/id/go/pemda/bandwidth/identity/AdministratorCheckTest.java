package id.go.pemda.bandwidth.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

class AdministratorCheckTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);

  @Test
  void start_up_is_refused_without_an_administrator() {
    when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(0L);

    assertThatThrownBy(() -> new AdministratorCheck(identity).run(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("set ADMIN_USER and ADMIN_PASSWORD");
  }

  @Test
  void start_up_goes_on_with_an_administrator() {
    when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(1L);

    assertThatCode(() -> new AdministratorCheck(identity).run(null)).doesNotThrowAnyException();
  }

  @Test
  void an_external_read_only_identity_provider_is_left_alone() {
    when(identity.isReadOnly()).thenReturn(true);

    assertThatCode(() -> new AdministratorCheck(identity).run(null)).doesNotThrowAnyException();
  }
}
