package id.go.pemda.bandwidth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * Gives H2 (the demo's embedded database) the constraint names PostgreSQL derives itself. V1
 * declares {@code budget_line}'s unique key without a name; PostgreSQL calls it
 * {@code budget_line_opd_code_fiscal_year_account_code_key}, which V20 drops by that name, while
 * H2 calls it {@code CONSTRAINT_…}. Before V20 runs on H2 the key is renamed as PostgreSQL named
 * it, so one script serves both databases and no applied migration changes (a Flyway callback,
 * which Spring Boot hands to Flyway as a bean).
 */
@Component
class H2ConstraintNames implements Callback {

  private static final MigrationVersion DROPS_THE_KEY = MigrationVersion.fromVersion("20");
  private static final String POSTGRES_NAME = "BUDGET_LINE_OPD_CODE_FISCAL_YEAR_ACCOUNT_CODE_KEY";

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_EACH_MIGRATE
        && context.getMigrationInfo() != null
        && DROPS_THE_KEY.equals(context.getMigrationInfo().getVersion())
        && "H2".equals(context.getConfiguration().getDatabaseType().getName());
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    Connection connection = context.getConnection();
    try (PreparedStatement query = connection.prepareStatement(
        "select constraint_name from information_schema.table_constraints"
            + " where table_name = 'BUDGET_LINE' and constraint_type = 'UNIQUE' and constraint_name <> ?")) {
      query.setString(1, POSTGRES_NAME);
      try (ResultSet unnamed = query.executeQuery(); Statement rename = connection.createStatement()) {
        if (unnamed.next()) {
          rename.execute("alter table budget_line rename constraint \"" + unnamed.getString(1) + "\" to " + POSTGRES_NAME);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not name budget_line's unique key for V20 on H2", e);
    }
  }

  @Override
  public String getCallbackName() {
    return "h2-constraint-names";
  }
}
