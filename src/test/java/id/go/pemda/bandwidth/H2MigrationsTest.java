package id.go.pemda.bandwidth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Every Flyway script also runs on H2, the embedded database of a newcomer's first
 * {@code ./mvnw spring-boot:run}: the suite's other tests run on PostgreSQL only, and a script
 * that only PostgreSQL understands (a partial index, a constraint named by PostgreSQL's rule)
 * would stop the demo at its first start.
 */
class H2MigrationsTest {

  @Test
  void every_migration_runs_on_an_empty_h2_database_as_the_demo_starts_it() throws IOException {
    Flyway flyway = Flyway.configure()
        .dataSource("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "")
        .locations("classpath:db/migration")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .callbacks(new H2ConstraintNames())
        .load();

    MigrateResult result = flyway.migrate();

    assertThat(result.success).isTrue();
    try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
      assertThat(result.migrationsExecuted).isEqualTo(scripts.filter(script -> script.toString().endsWith(".sql")).count());
    }
  }
}
