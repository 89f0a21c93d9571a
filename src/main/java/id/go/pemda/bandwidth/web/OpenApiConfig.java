package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.iconplus.IconPlusSignature;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the application's API, {@code /api/**} only (not the engine's REST
 * API, the Icon+ simulator or the actuator): {@code GET /api/openapi} (JSON),
 * {@code /api/openapi.yaml}, and Swagger UI at {@code /api/docs}. They sit under {@code /api}, so
 * the API's own security chain ({@link SecurityConfig}) serves them: an authenticated Camunda user
 * of any role reads them, an anonymous caller gets 401.
 *
 * <p>Every error is an RFC 9457 problem ({@code application/problem+json}, schema
 * {@value #PROBLEM}); each operation lists the ones it may answer. Operations use HTTP Basic
 * ({@value #BASIC}) except Icon+'s callback, which is signed ({@link IconPlusSignature#SCHEME}).
 */
@Configuration
public class OpenApiConfig {

  static final String BASIC = "basicAuth";
  static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  @Bean
  OpenAPI apiDescription(ObjectProvider<BuildProperties> build) {
    String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("development");
    return new OpenAPI()
        .info(new Info()
            .title("Transisi bandwidth OPD: application API")
            .version(version)
            .description("""
                The application's own API: complaints, the transition report, budget lines, the OPD \
                registry, onboarding a Pemda, and Icon+'s callbacks. Camunda's engine REST API \
                (/engine-rest) is described by Camunda.

                Every caller sees its own Pemda only: another Pemda's object answers exactly like a \
                missing one. Times are ISO-8601 with the Pemda's offset; money is in rupiah. Error \
                messages are in Bahasa Indonesia; a 400 names every bad field in `errors`."""))
        .addSecurityItem(new SecurityRequirement().addList(BASIC))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("A Camunda user (created in Camunda Admin) and its password; every request "
                    + "authenticates, there is no session. What a user may do follows its groups."))
            .addSecuritySchemes(IconPlusSignature.SCHEME, new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name(IconPlusSignature.SIGNATURE_HEADER)
                .description("Icon+ signs each callback with the shared secret (ICONPLUS_CALLBACK_SECRET): `"
                    + IconPlusSignature.TIMESTAMP_HEADER + "`: the time of sending in epoch seconds; `"
                    + IconPlusSignature.SIGNATURE_HEADER + "`: `sha256=` and the lower-case hex HMAC-SHA256 of "
                    + "the timestamp, a dot and the raw request body (`<timestamp>.<body>`). A timestamp "
                    + "more than iconplus.max-clock-skew (5 minutes) away from the server's clock, a wrong "
                    + "signature, or the same signed request a second time is refused.")));
  }

  /**
   * Gives every operation the problems it may answer and describes each 4xx as a problem body:
   * 401 and 403 for the ones behind a login, 400 where the caller sends something, 404 where the
   * path names an object. An operation's own annotations come first. A 204 has no body (Spring's
   * {@code ProblemDetail}, the callback's return type, is not what a caller gets).
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> describeProblems(path, operation)));
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      api.getComponents().getSchemas().remove("ProblemDetail");
    };
  }

  private static void describeProblems(String path, Operation operation) {
    ApiResponses responses = operation.getResponses();
    if (operation.getSecurity() == null) {
      responses.putIfAbsent("401", response("Not logged in: HTTP Basic with a Camunda user is needed"));
      responses.putIfAbsent("403", response("This user's groups or Pemda do not allow it"));
    }
    if (takesInput(operation)) {
      responses.putIfAbsent("400", response("Bad input: `errors` names each field and what is wrong"));
    }
    if (path.contains("{")) {
      responses.putIfAbsent("404", response("No such object in the caller's Pemda"));
    }
    responses.forEach((code, response) -> {
      if (code.startsWith("4")) {
        response.setContent(problemContent());
      } else if (code.equals("204")) {
        response.setContent(null);
      }
    });
  }

  private static boolean takesInput(Operation operation) {
    return operation.getRequestBody() != null
        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
  }

  private static ApiResponse response(String description) {
    return new ApiResponse().description(description);
  }

  private static Content problemContent() {
    return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM)));
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    Schema<?> fieldError = new ObjectSchema()
        .addProperty("field", new StringSchema().description("the field, e.g. `opdCode` or `opdRegistryCsv`"))
        .addProperty("message", new StringSchema().description("what is wrong, in Bahasa Indonesia; for a "
            + "CSV file `line N: <column>: <problem>`"));
    return new ObjectSchema()
        .description("An RFC 9457 problem (application/problem+json)")
        .properties(Map.of(
            "type", new StringSchema().description("`about:blank`"),
            "title", new StringSchema().example("Isian tidak valid"),
            "status", new IntegerSchema().example(400),
            "detail", new StringSchema().example("Isian tidak valid: perbaiki kolom yang disebut di 'errors'."),
            "instance", new StringSchema().description("the request's path"),
            "errors", new ArraySchema().items(fieldError).description("400 only: every bad field")));
  }
}
