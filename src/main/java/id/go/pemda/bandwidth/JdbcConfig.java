package id.go.pemda.bandwidth;

import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * Spring Data JDBC quotes identifiers by default. H2 folds unquoted names to upper case and
 * PostgreSQL to lower case, so quoted lower-case names would miss the H2 tables that the
 * (unquoted) Flyway scripts create. Turning quoting off lets both databases fold the same way.
 */
@Configuration
@EnableJdbcRepositories(basePackageClasses = BandwidthTransitionApplication.class)
public class JdbcConfig extends AbstractJdbcConfiguration {

  @Override
  public JdbcMappingContext jdbcMappingContext(
      Optional<NamingStrategy> namingStrategy,
      JdbcCustomConversions customConversions,
      RelationalManagedTypes jdbcManagedTypes) {
    JdbcMappingContext context =
        super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
    context.setForceQuote(false);
    return context;
  }
}
