package id.go.pemda.bandwidth.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's one Spring context: the application as the tests run it, on
 * {@link BenchmarkDatabase}; instances get their Pemda's tenant from the application's own
 * {@code PemdaTenantIdProvider}, as in production.
 */
@TestConfiguration(proxyBeanMethods = false)
class BenchmarkConfig {

  @Bean(destroyMethod = "close")
  BenchmarkDatabase benchmarkDatabase() {
    return BenchmarkDatabase.fromEnvironment();
  }

  @Bean
  SqlStats applicationSql() {
    return new SqlStats();
  }

  /** The application's pool, its statements counted by {@link SqlStats}. */
  @Bean
  DataSource dataSource(BenchmarkDatabase database, SqlStats applicationSql) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(database.url());
    dataSource.setUsername(database.user());
    dataSource.setPassword(database.password());
    return applicationSql.wrap(dataSource);
  }
}
