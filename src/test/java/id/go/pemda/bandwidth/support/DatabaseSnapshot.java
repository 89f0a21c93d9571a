package id.go.pemda.bandwidth.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everything a refused request must leave as it was: every row of every application table (its
 * contents, so an UPDATE shows, not only an INSERT), and of the given process instances their
 * variables with values and their open tasks with assignee and name.
 */
@Component
public class DatabaseSnapshot {

  private final JdbcTemplate jdbc;
  private final ProcessEngine engine;

  public DatabaseSnapshot(JdbcTemplate jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.engine = engine;
  }

  public Map<String, Object> of(String... processInstanceIds) {
    Map<String, Object> state = new LinkedHashMap<>();
    for (String table : applicationTables()) {
      state.put(table, jdbc.queryForList("select * from " + table + " order by 1"));
    }
    state.put("instances", engine.getRuntimeService().createProcessInstanceQuery().count());
    state.put("history", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
    state.put("authorizations", engine.getAuthorizationService().createAuthorizationQuery().count());
    for (String instance : processInstanceIds) {
      state.put(instance + " variables", new TreeMap<>(engine.getRuntimeService().getVariables(instance)));
      state.put(instance + " tasks",
          engine.getTaskService().createTaskQuery().processInstanceId(instance).orderByTaskId().asc().list().stream()
              .map(DatabaseSnapshot::describe)
              .toList());
    }
    return state;
  }

  /**
   * Every application table but the ledger of Icon+ signatures, which records each signed
   * request received, refused or not, so that a replay is recognised.
   */
  private List<String> applicationTables() {
    return jdbc.queryForList(
        "select table_name from information_schema.tables where table_schema = current_schema() "
            + "and lower(table_name) not like 'act\\_%' and lower(table_name) not like 'flyway%' "
            + "and lower(table_name) <> 'iconplus_signature' order by 1",
        String.class);
  }

  private static String describe(Task task) {
    return task.getId() + "|" + task.getTaskDefinitionKey() + "|" + task.getAssignee() + "|" + task.getName() + "|"
        + task.getPriority() + "|" + task.getDueDate();
  }
}
