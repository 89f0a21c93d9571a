package id.go.pemda.bandwidth.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The benchmark's one Spring context: the application as the tests run it, on
 * {@link BenchmarkDatabase}, with instances assigned to the tenant {@link BenchmarkTenants}
 * names (multi-tenancy's shape: shared definitions, one tenant per regional government).
 */
@TestConfiguration(proxyBeanMethods = false)
class BenchmarkConfig {

  @Bean(destroyMethod = "close")
  BenchmarkDatabase benchmarkDatabase() {
    return BenchmarkDatabase.fromEnvironment();
  }

  @Bean
  DataSource dataSource(BenchmarkDatabase database) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(database.url());
    dataSource.setUsername(database.user());
    dataSource.setPassword(database.password());
    return dataSource;
  }

  @Bean
  ProcessEnginePlugin benchmarkTenants() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new BenchmarkTenants());
      }
    };
  }
}
