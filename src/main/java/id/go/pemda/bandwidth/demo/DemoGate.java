package id.go.pemda.bandwidth.demo;

import id.go.pemda.bandwidth.demo.iconplus.IconPlusSimulator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Boot opens the web port before the {@code ApplicationRunner}s run, and the demo plays
 * its program in one ({@link DemoStartup}, a minute or more on a first start). Playing it before
 * the port opens is no option: the program's orders go to the Icon+ simulator over HTTP, on
 * that port. So the port opens, but until Spring Boot calls the application ready (readiness
 * {@code ACCEPTING_TRAFFIC}, after every runner) this first filter answers every request with
 * 503 and {@code Retry-After}: no client can complete a task or execute a job of an instance the
 * demo is playing (which once ended the first start with an {@code OptimisticLockingException}),
 * nor act in the demo's backdated engine time. Only the simulator, which stands for Icon+
 * outside the application, answers.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DemoGate extends OncePerRequestFilter {

  static final String RETRY_AFTER_SECONDS = "10";
  static final String PREPARING =
      "Aplikasi sedang menyiapkan data demo; coba lagi sebentar lagi. / The application is preparing its demo data; try again shortly.";

  private final ApplicationAvailability availability;

  public DemoGate(ApplicationAvailability availability) {
    this.availability = availability;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
        || request.getRequestURI().startsWith(request.getContextPath() + IconPlusSimulator.PATH + "/")) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().println(PREPARING);
  }
}
