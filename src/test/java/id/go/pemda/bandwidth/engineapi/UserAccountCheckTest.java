package id.go.pemda.bandwidth.engineapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.shared.FieldError;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/**
 * An administrator's user account in Admin: what the engine would answer with a bare 500 (a
 * password against the policy, an id already taken) is a 400 naming the field. The suite's
 * application runs the demo profile, whose engine has no password policy: the policy is
 * stood in for here.
 */
class UserAccountCheckTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final UserAccountCheck check = new UserAccountCheck(identity);

  @Test
  void a_new_user_with_a_password_against_the_policy_is_refused_naming_the_field_and_the_rule() throws Exception {
    policyRefuses("PASSWORD_POLICY_LENGTH", Map.of("minLength", "10"));
    when(identity.createUserQuery().userId("bpkad.baru").count()).thenReturn(0L);

    assertThat(check.problems("POST", "/user/create", json(
        "{\"profile\":{\"id\":\"bpkad.baru\",\"firstName\":\"B\",\"lastName\":\"K\"},\"credentials\":{\"password\":\"pendek\"}}")))
        .containsExactly(new FieldError("credentials.password", "tidak memenuhi kebijakan kata sandi: minimal 10 karakter"));
  }

  @Test
  void a_user_id_already_taken_is_refused() throws Exception {
    when(identity.getPasswordPolicy()).thenReturn(null);
    when(identity.createUserQuery().userId("sekda").count()).thenReturn(1L);

    assertThat(check.problems("POST", "/user/create", json(
        "{\"profile\":{\"id\":\"sekda\"},\"credentials\":{\"password\":\"Rahasia-12345\"}}")))
        .containsExactly(new FieldError("profile.id", "pengguna 'sekda' sudah ada"));
  }

  @Test
  void a_new_password_against_the_policy_is_refused() throws Exception {
    policyRefuses("PASSWORD_POLICY_DIGIT", Map.of("minDigit", "1"));

    assertThat(check.concerns("PUT", "/user/opd.dinkes/credentials")).isTrue();
    assertThat(check.problems("PUT", "/user/opd.dinkes/credentials", json("{\"password\":\"TanpaAngka\"}")))
        .containsExactly(new FieldError("password", "tidak memenuhi kebijakan kata sandi: minimal 1 angka"));
  }

  @Test
  void with_the_policy_off_or_another_call_nothing_is_checked() throws Exception {
    when(identity.getPasswordPolicy()).thenReturn(null);
    when(identity.createUserQuery().userId("baru").count()).thenReturn(0L);

    assertThat(check.problems("POST", "/user/create", json("{\"profile\":{\"id\":\"baru\"},\"credentials\":{\"password\":\"x\"}}")))
        .isEmpty();
    assertThat(check.concerns("GET", "/user")).isFalse();
    assertThat(check.concerns("POST", "/group/create")).isFalse();
  }

  private void policyRefuses(String placeholder, Map<String, String> parameters) {
    PasswordPolicyRule rule = mock(PasswordPolicyRule.class);
    when(rule.getPlaceholder()).thenReturn(placeholder);
    when(rule.getParameters()).thenReturn(parameters);
    PasswordPolicyResult result = mock(PasswordPolicyResult.class);
    when(result.isValid()).thenReturn(false);
    when(result.getViolatedRules()).thenReturn(List.of(rule));
    when(identity.getPasswordPolicy()).thenReturn(mock(PasswordPolicy.class));
    when(identity.newUser(anyString())).thenReturn(mock(User.class));
    when(identity.checkPasswordAgainstPolicy(anyString(), any(User.class))).thenReturn(result);
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }
}
