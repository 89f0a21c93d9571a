package id.go.pemda.bandwidth.engineapi;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.pemda.bandwidth.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * What an administrator's user account call in Admin would break, checked before the engine
 * runs it: the engine answers a password against the policy, or a user id already taken, with a
 * bare 500. Here they are a 400 naming the field, and the engine is not asked.
 */
final class UserAccountCheck {

  private static final Pattern CREDENTIALS = Pattern.compile("/user/([^/]+)/credentials");

  private final IdentityService identity;

  UserAccountCheck(IdentityService identity) {
    this.identity = identity;
  }

  /** Whether the call creates a user or sets a password. */
  boolean concerns(String method, String path) {
    return "POST".equals(method) && "/user/create".equals(path)
        || "PUT".equals(method) && CREDENTIALS.matcher(path).matches();
  }

  /** The problems of a {@code POST /user/create} or {@code PUT /user/{id}/credentials}; none for another call. */
  List<FieldError> problems(String method, String path, JsonNode body) {
    List<FieldError> problems = new ArrayList<>();
    if (body == null) {
      return problems;
    }
    if ("POST".equals(method) && "/user/create".equals(path)) {
      String id = body.path("profile").path("id").asText("");
      if (!id.isBlank() && identity.createUserQuery().userId(id).count() > 0) {
        problems.add(new FieldError("profile.id", "pengguna '" + id + "' sudah ada"));
      }
      User user = identity.newUser(id);
      user.setFirstName(body.path("profile").path("firstName").asText(null));
      user.setLastName(body.path("profile").path("lastName").asText(null));
      user.setEmail(body.path("profile").path("email").asText(null));
      passwordProblem("credentials.password", body.path("credentials").path("password"), user).ifPresent(problems::add);
      return problems;
    }
    Matcher credentials = CREDENTIALS.matcher(path);
    if ("PUT".equals(method) && credentials.matches()) {
      User user = identity.createUserQuery().userId(EngineApiDoor.decoded(credentials.group(1))).singleResult();
      passwordProblem("password", body.path("password"), user).ifPresent(problems::add);
    }
    return problems;
  }

  private Optional<FieldError> passwordProblem(String field, JsonNode password, User user) {
    // with the policy off (the demo) the engine takes any password
    if (identity.getPasswordPolicy() == null || !password.isTextual()) {
      return Optional.empty();
    }
    PasswordPolicyResult result = user == null
        ? identity.checkPasswordAgainstPolicy(password.asText())
        : identity.checkPasswordAgainstPolicy(password.asText(), user);
    if (result.isValid()) {
      return Optional.empty();
    }
    return Optional.of(new FieldError(field, "tidak memenuhi kebijakan kata sandi: "
        + result.getViolatedRules().stream().map(UserAccountCheck::describe).collect(Collectors.joining(", "))));
  }

  private static String describe(PasswordPolicyRule rule) {
    String min = rule.getParameters() == null ? null : rule.getParameters().values().stream().findFirst().orElse(null);
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "minimal " + min + " karakter";
      case "PASSWORD_POLICY_LOWERCASE" -> "minimal " + min + " huruf kecil";
      case "PASSWORD_POLICY_UPPERCASE" -> "minimal " + min + " huruf besar";
      case "PASSWORD_POLICY_DIGIT" -> "minimal " + min + " angka";
      case "PASSWORD_POLICY_SPECIAL" -> "minimal " + min + " karakter khusus";
      case "PASSWORD_POLICY_USER_DATA" -> "tidak memuat data pengguna";
      default -> rule.getPlaceholder();
    };
  }
}
