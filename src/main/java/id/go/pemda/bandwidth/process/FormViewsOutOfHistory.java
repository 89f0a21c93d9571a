package id.go.pemda.bandwidth.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * History level {@value #NAME}: Camunda's full history, except for a task's own (task-local)
 * variables. The application writes those and nothing else task-local: what a form shows when
 * its task opens (process.view), recomputed from the application's tables whenever a task is
 * created and removed with it. Full history wrote each of them three times over and deleted it
 * again at every task: most of the statements the application sends beyond a bare engine
 * (docs/benchmark.md). What the process owns (ids, decisions, dates) and every decision's record
 * in {@code decision_record} keep their history.
 *
 * <p>It keeps full history's id (3): a database that ran with {@code full} runs on with this
 * level, and back, without the engine's "historyLevel mismatch" (a documented extension point:
 * a custom history level, registered by this plugin, named in {@code camunda.bpm.history-level}).
 */
@Component
public class FormViewsOutOfHistory extends AbstractProcessEnginePlugin implements HistoryLevel {

  public static final String NAME = "full-except-form-views";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = new ArrayList<>();
    if (configuration.getCustomHistoryLevels() != null) {
      levels.addAll(configuration.getCustomHistoryLevels());
    }
    levels.add(this);
    configuration.setCustomHistoryLevels(levels);
  }

  @Override
  public int getId() {
    return HISTORY_LEVEL_FULL.getId();
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (entity instanceof VariableInstance variable && variable.getTaskId() != null) {
      return false;
    }
    return HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
