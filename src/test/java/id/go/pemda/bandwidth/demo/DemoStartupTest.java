package id.go.pemda.bandwidth.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.demo.iconplus.IconPlusSimulator;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The demo's start-up in Spring Boot's own order, on a real embedded web server: the port opens
 * before the {@code ApplicationRunner}s run, so a client may knock while the demo plays. The
 * steps here stand for the demo's (its program takes a minute or more on a first start); the
 * application behind the gate is one servlet answering 200.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoStartupTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicInteger port = new AtomicInteger();

  @Test
  void while_the_demo_plays_every_request_but_the_simulators_is_answered_503_and_once_ready_all_are_served()
      throws Exception {
    List<HttpResponse<String>> duringDemo = new ArrayList<>();
    DemoStep playing = () -> {
      duringDemo.add(get("/engine-rest/job/some-job/execute"));
      duringDemo.add(get(IconPlusSimulator.PATH + "/orders/SIM-ORD-100001"));
    };

    try (ConfigurableApplicationContext application = start(playing)) {
      assertThat(duringDemo.get(0).statusCode()).as("a client working on the engine while the demo plays").isEqualTo(503);
      assertThat(duringDemo.get(0).headers().firstValue("Retry-After")).hasValue(DemoGate.RETRY_AFTER_SECONDS);
      assertThat(duringDemo.get(0).body()).contains("menyiapkan data demo").contains("preparing its demo data");
      assertThat(duringDemo.get(1).statusCode()).as("the demo's orders to the Icon+ simulator").isEqualTo(200);
      assertThat(get("/engine-rest/job/some-job/execute").statusCode()).as("once the application is ready").isEqualTo(200);
    }
  }

  @Test
  void a_failing_step_is_logged_and_the_application_starts_with_the_steps_after_it(CapturedOutput output)
      throws Exception {
    List<String> prepared = new ArrayList<>();
    DemoStep failing = () -> {
      throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed");
    };

    try (ConfigurableApplicationContext application = start(() -> prepared.add("users"), failing,
        () -> prepared.add("budget lines"))) {
      assertThat(application.isActive()).isTrue();
      assertThat(prepared).containsExactly("users", "budget lines");
      assertThat(output).contains("Demo step", "failed; the application starts without it", "ENGINE-03005");
      assertThat(get("/").statusCode()).isEqualTo(200);
    }
  }

  /** The gate, the demo's start-up with these steps, and behind them a servlet answering 200. */
  private ConfigurableApplicationContext start(DemoStep... steps) {
    ApplicationContextInitializer<GenericApplicationContext> beans = context -> {
      context.registerBean(DemoGate.class);
      context.registerBean(DemoStartup.class, () -> new DemoStartup(List.of(steps)));
      context.registerBean(ServletRegistrationBean.class, () -> new ServletRegistrationBean<>(new Ok(), "/*"));
    };
    return new SpringApplicationBuilder(WebServer.class)
        .initializers(beans)
        .listeners((ApplicationListener<WebServerInitializedEvent>) event -> port.set(event.getWebServer().getPort()))
        // the test profile's log levels: this application shares the suite's JVM and its logging
        .run("--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
            "--logging.level.id.go.pemda=info");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.get() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class})
  static class WebServer {}

  static class Ok extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.getWriter().print("ok");
    }
  }
}
