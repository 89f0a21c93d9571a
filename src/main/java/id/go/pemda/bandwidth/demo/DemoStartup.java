package id.go.pemda.bandwidth.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Prepares the demo data at start-up: the second Pemda, the users, the budget lines and, on a
 * first start, the demo program ({@link DemoStep}s, in their order). It runs after the
 * registries and identities (order 30) and, like every {@code ApplicationRunner}, before the
 * application is ready; until then {@link DemoGate} answers every request with 503, so no
 * client works on a demo instance while the program plays it forward with the engine clock.
 *
 * <p>A failing step is logged and the next one runs: the demo never stops the application from
 * starting. It is not retried, since nothing else runs meanwhile (the job executor starts when
 * the application is ready) and a program half played is not played again (a program exists):
 * delete {@code data/h2} to start over.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

  private final List<DemoStep> steps;

  public DemoStartup(List<DemoStep> steps) {
    this.steps = steps;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (DemoStep step : steps) {
      try {
        step.prepare();
      } catch (Exception e) {
        log.error("Demo step {} failed; the application starts without it (delete data/h2 to start over)",
            step.getClass().getSimpleName(), e);
      }
    }
  }
}
