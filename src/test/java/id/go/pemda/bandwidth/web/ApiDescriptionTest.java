package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.pemda.bandwidth.iconplus.IconPlusCallbackApi;
import id.go.pemda.bandwidth.iconplus.IconPlusSignature;
import id.go.pemda.bandwidth.support.ApplicationTest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI description of {@code /api/**}: complete against the controllers Spring actually
 * maps (a new controller shows up here by itself), its problem bodies and security schemes, and
 * closed to anonymous callers.
 */
@ApplicationTest
class ApiDescriptionTest {

  private static final Set<String> HTTP_METHODS = Set.of("get", "post", "put", "patch", "delete");

  @Autowired TestRestTemplate http;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void the_description_lists_every_api_operation_of_the_controllers_and_nothing_else() {
    Set<String> described = new TreeSet<>();
    description().path("paths").properties().forEach(path -> path.getValue().properties().stream()
        .filter(operation -> HTTP_METHODS.contains(operation.getKey()))
        .forEach(operation -> described.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

    Set<String> mapped = new TreeSet<>();
    mappings.getHandlerMethods().forEach((info, handler) -> {
      // the description's own endpoints (springdoc) are not part of the API
      if (!handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
        apiOperations(info).forEach(mapped::add);
      }
    });

    assertThat(mapped).isNotEmpty().contains("POST " + IconPlusCallbackApi.PATH, "GET /api/complaints/{id}");
    assertThat(described).isEqualTo(mapped);
  }

  @Test
  void every_error_is_a_problem_body_and_logins_and_signatures_are_described() {
    JsonNode api = description();

    api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
      JsonNode responses = operation.getValue().path("responses");
      responses.properties().stream().filter(response -> response.getKey().startsWith("4")).forEach(response ->
          assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asText())
              .as(operation.getKey() + " " + path.getKey() + " " + response.getKey())
              .isEqualTo("#/components/schemas/" + OpenApiConfig.PROBLEM));
      if (!path.getKey().equals(IconPlusCallbackApi.PATH)) {
        assertThat(responses.has("401")).as(path.getKey()).isTrue();
      }
    }));
    assertThat(api.at("/components/schemas/Problem/properties/errors/items/properties").has("field")).isTrue();
    assertThat(api.at("/security/0").has(OpenApiConfig.BASIC)).isTrue();
    assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");

    JsonNode callback = api.at("/paths/" + IconPlusCallbackApi.PATH.replace("/", "~1") + "/post");
    assertThat(callback.at("/security/0").has(IconPlusSignature.SCHEME)).isTrue();
    assertThat(callback.at("/responses").has("204")).isTrue();
    assertThat(callback.at("/requestBody/content/application~1json/schema/$ref").asText()).endsWith("IconPlusCallback");
    assertThat(api.at("/components/securitySchemes/" + IconPlusSignature.SCHEME + "/description").asText())
        .contains(IconPlusSignature.TIMESTAMP_HEADER, "HMAC-SHA256", "<timestamp>.<body>");
  }

  @Test
  void anonymous_callers_get_no_description_and_every_logged_in_user_does() {
    for (String path : List.of("/api/openapi", "/api/openapi.yaml", "/api/docs", "/api/openapi/swagger-config")) {
      assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(http.withBasicAuth("opd.disdukcapil", "demo").getForEntity("/api/openapi.yaml", String.class).getBody())
        .contains("openapi:", "/api/complaints");
  }

  private JsonNode description() {
    var answer = http.withBasicAuth("sekda", "demo").getForEntity("/api/openapi", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static Set<String> apiOperations(RequestMappingInfo info) {
    Set<String> operations = new TreeSet<>();
    for (String pattern : info.getPatternValues()) {
      if (pattern.startsWith("/api/")) {
        // every API mapping names its HTTP method
        assertThat(info.getMethodsCondition().getMethods()).as(pattern).isNotEmpty();
        info.getMethodsCondition().getMethods().forEach(method -> operations.add(method.name() + " " + pattern));
      }
    }
    return operations;
  }
}
