package id.go.pemda.bandwidth.engineapi;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import java.util.EnumSet;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * Puts {@link EngineApiDoor} behind the logins: the webapps' authentication filter, which Camunda
 * registers when its webapp initializer runs, and the engine REST API's HTTP Basic filter. Both
 * set the caller on the engine for the rest of the request; the door reads it from there. An
 * auto-configuration after Camunda's, so its initializer runs after Camunda's and the door's
 * mapping comes last in the chain; start-up fails if that ever stops being so.
 */
@AutoConfiguration(after = CamundaBpmWebappAutoConfiguration.class)
public class EngineApiDoorRegistration {

  static final String CAMUNDA_AUTHENTICATION_FILTER = "Authentication Filter";

  @Bean
  ServletContextInitializer engineApiDoorInitializer(EngineApiDoor door) {
    return servletContext -> {
      if (servletContext.getFilterRegistration(CAMUNDA_AUTHENTICATION_FILTER) == null) {
        throw new IllegalStateException("The engine API door must come after Camunda's '"
            + CAMUNDA_AUTHENTICATION_FILTER + "', which is not registered yet");
      }
      FilterRegistration.Dynamic registration = servletContext.addFilter("Engine API door", door);
      registration.addMappingForUrlPatterns(
          EnumSet.of(DispatcherType.REQUEST), true, "/engine-rest/*", "/camunda/api/engine/*");
    };
  }
}
