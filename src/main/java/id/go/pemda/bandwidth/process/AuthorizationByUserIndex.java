package id.go.pemda.bandwidth.process;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the one index the engine's schema lacks for how this deployment queries tasks (ADR 0012).
 * Every task and filter query of a user who is not an administrator joins
 * {@code ACT_RU_AUTHORIZATION} on {@code USER_ID_ IN (user, '*') OR GROUP_ID_ IN (groups)}. The
 * vendor's schema indexes {@code GROUP_ID_} alone but {@code USER_ID_} only behind
 * {@code TYPE_}, so PostgreSQL reads the whole table for that OR; the engine grants every open
 * task to its candidate group, so at 20,000 open transitions that is some 180,000 rows per query
 * and five queries per Tasklist page (docs/benchmark.md). The index is created right after the
 * engine has created or checked its tables, under the application's own name so that no vendor
 * upgrade script meets it, and only when it is missing.
 */
@Component
public class AuthorizationByUserIndex extends AbstractProcessEnginePlugin {

  static final String INDEX = "BT_IDX_AUTH_USER_ID";
  static final String TABLE = "ACT_RU_AUTHORIZATION";

  private static final Logger log = LoggerFactory.getLogger(AuthorizationByUserIndex.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ensure(engine.getProcessEngineConfiguration().getDataSource());
  }

  /** Creates the index when missing; a failure is logged, not fatal: it costs speed, not answers. */
  static void ensure(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (exists(connection)) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("create index if not exists " + INDEX + " on " + TABLE + " (USER_ID_)");
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      log.info("Created index {} on {} (USER_ID_), ADR 0012", INDEX, TABLE);
    } catch (SQLException e) {
      // two nodes starting at once may both try; the loser's error is harmless
      log.warn("Could not create index {} on {}: task lists stay correct but slow at scale (ADR 0012)", INDEX, TABLE, e);
    }
  }

  static boolean exists(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    boolean lower = metaData.storesLowerCaseIdentifiers();
    String table = lower ? TABLE.toLowerCase(Locale.ROOT) : TABLE;
    String index = lower ? INDEX.toLowerCase(Locale.ROOT) : INDEX;
    try (ResultSet indexes = metaData.getIndexInfo(null, null, table, false, false)) {
      while (indexes.next()) {
        if (index.equals(indexes.getString("INDEX_NAME"))) {
          return true;
        }
      }
    }
    return false;
  }
}
