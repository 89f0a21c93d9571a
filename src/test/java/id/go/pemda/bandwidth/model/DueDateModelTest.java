package id.go.pemda.bandwidth.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.ApplicationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every wait has an end: each user task of every deployed model carries a due date Tasklist shows
 * ({@code camunda:dueDate}), and either a timer on its border that tells someone above (a
 * non-interrupting escalation or reminder) or a row in docs/process.md ("Due dates and
 * escalations") saying why it needs none.
 */
@ApplicationTest
class DueDateModelTest {

  private static final Path PROCESS_DOC = Path.of("docs/process.md");
  private static final String SECTION = "## Due dates and escalations";

  @Autowired RepositoryService repository;

  @Test
  void every_user_task_has_a_due_date_and_an_escalation_or_a_documented_reason() throws IOException {
    Map<String, String> documented = documentedReasons();
    SoftAssertions softly = new SoftAssertions();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        softly.assertThat(task.getCamundaDueDate()).as("due date of %s in %s", task.getId(), definition.getKey())
            .isNotBlank();
        boolean escalates = model.getModelElementsByType(BoundaryEvent.class).stream()
            .anyMatch(event -> event.getAttachedTo() == task && !event.cancelActivity()
                && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty());
        softly.assertThat(escalates || documented.containsKey(task.getId()))
            .as("%s in %s: a non-interrupting timer on its border, or a reason in %s", task.getId(),
                definition.getKey(), PROCESS_DOC)
            .isTrue();
        softly.assertThat(documented).as("docs/process.md lists %s with its due date", task.getId())
            .containsKey(task.getId());
      }
    }
    softly.assertAll();
  }

  /** The table of the section: task id → what it says about its escalation. */
  private static Map<String, String> documentedReasons() throws IOException {
    String doc = Files.readString(PROCESS_DOC);
    int start = doc.indexOf(SECTION);
    assertThat(start).as("section '%s' in %s", SECTION, PROCESS_DOC).isNotNegative();
    int end = doc.indexOf("\n## ", start + SECTION.length());
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
      String[] cells = line.split("\\|");
      if (cells.length >= 5 && cells[1].trim().startsWith("`Task_")) {
        String escalation = cells[4].trim();
        if (!escalation.isEmpty()) {
          rows.put(cells[1].trim().replace("`", ""), escalation);
        }
      }
    }
    return rows;
  }
}
