package id.go.pemda.bandwidth.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.ApplicationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's authorization table gets the application's index on {@code USER_ID_} on
 * PostgreSQL (the tests' engine created its tables at start) and on H2, the demo's database,
 * and a second start finds it and changes nothing (ADR 0012).
 */
@ApplicationTest
class AuthorizationByUserIndexTest {

  @Autowired DataSource dataSource;

  @Test
  void the_started_engine_has_the_index_on_the_authorizations_user_id() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(AuthorizationByUserIndex.exists(connection)).isTrue();
      assertThat(indexedColumnsOf(connection, "act_ru_authorization", "bt_idx_auth_user_id")).isEqualTo("user_id_");
    }
  }

  @Test
  void a_second_start_finds_the_index_and_adds_nothing() throws SQLException {
    AuthorizationByUserIndex.ensure(dataSource);

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery(
            "select count(*) from pg_indexes where tablename = 'act_ru_authorization' and indexdef like '%(user_id_)'")) {
      count.next();
      assertThat(count.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void the_demos_h2_database_gets_the_index_too() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:auth-index-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    try (Connection connection = h2.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create table ACT_RU_AUTHORIZATION (ID_ varchar(64) primary key, USER_ID_ varchar(255), GROUP_ID_ varchar(255))");
      assertThat(AuthorizationByUserIndex.exists(connection)).isFalse();

      AuthorizationByUserIndex.ensure(h2);
      AuthorizationByUserIndex.ensure(h2);

      assertThat(AuthorizationByUserIndex.exists(connection)).isTrue();
      assertThat(indexedColumnsOf(connection, "ACT_RU_AUTHORIZATION", "BT_IDX_AUTH_USER_ID")).isEqualTo("USER_ID_");
    }
  }

  private static String indexedColumnsOf(Connection connection, String table, String index) throws SQLException {
    StringBuilder columns = new StringBuilder();
    try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
      while (rows.next()) {
        if (index.equals(rows.getString("INDEX_NAME"))) {
          columns.append(columns.isEmpty() ? "" : ",").append(rows.getString("COLUMN_NAME"));
        }
      }
    }
    return columns.toString();
  }
}
