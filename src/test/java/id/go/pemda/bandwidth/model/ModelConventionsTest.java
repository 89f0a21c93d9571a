package id.go.pemda.bandwidth.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.support.ApplicationTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Checks the conventions every deployed model keeps: forms that exist in the same deployment,
 * delegate expressions that name real beans, meaningful ids, labels, layout and a history time
 * to live.
 */
@ApplicationTest
class ModelConventionsTest {

  private static final Pattern GENERATED_ID =
      Pattern.compile("^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task|SequenceFlow|SubProcess|Process)_[0-9a-z]{7}$");
  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{(\\w+)(\\.\\w+\\(.*\\))?\\}$");

  @Autowired RepositoryService repository;
  @Autowired ApplicationContext context;

  private List<ProcessDefinition> definitions;

  @BeforeEach
  void loadDefinitions() {
    definitions = repository.createProcessDefinitionQuery().latestVersion().list();
    assertThat(definitions).extracting(ProcessDefinition::getKey)
        .containsExactlyInAnyOrder(
            "bandwidth-campaign", "bandwidth-transition", "complaint-case", "complaint-intake", "force-cut",
            "loop-escalation", "budget-load");
  }

  @Test
  void every_user_task_has_a_form_deployed_with_its_process_and_a_candidate_group() throws IOException {
    for (ProcessDefinition definition : definitions) {
      Set<String> deployedForms = deployedFormIds(definition.getDeploymentId());
      for (UserTask task : model(definition).getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as("form of %s", task.getId()).isNotBlank();
        assertThat(task.getCamundaFormRefBinding()).as("form binding of %s", task.getId()).isEqualTo("deployment");
        assertThat(deployedForms).as("deployed forms for %s", task.getId()).contains(task.getCamundaFormRef());
        assertThat(task.getCamundaCandidateGroups()).as("candidate group of %s", task.getId()).isNotBlank();
      }
    }
  }

  @Test
  void every_delegate_expression_names_an_existing_bean() {
    List<String> expressions = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      allDomElements(model(definition).getDocument().getRootElement())
          .forEach(
              element -> {
                String delegate = element.getAttribute("http://camunda.org/schema/1.0/bpmn", "delegateExpression");
                String collection = element.getAttribute("http://camunda.org/schema/1.0/bpmn", "collection");
                Stream.of(delegate, collection).filter(e -> e != null).forEach(expressions::add);
              });
    }
    assertThat(expressions).hasSizeGreaterThan(20);
    for (String expression : expressions) {
      Matcher matcher = BEAN_EXPRESSION.matcher(expression);
      assertThat(matcher.matches()).as("%s is a bean lookup", expression).isTrue();
      assertThat(context.containsBean(matcher.group(1))).as("bean of %s", expression).isTrue();
    }
  }

  @Test
  void no_element_keeps_a_generated_id_and_every_activity_and_event_has_a_label() {
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = model(definition);
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        if (element.getId() != null) {
          assertThat(element.getId()).as("id in %s", definition.getKey()).doesNotMatch(GENERATED_ID);
        }
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        // joins and forks need no label; every decision, activity and event has one
        boolean unlabelledGatewayAllowed =
            node instanceof ParallelGateway || (node instanceof Gateway && node.getOutgoing().size() == 1);
        if (!unlabelledGatewayAllowed) {
          assertThat(node.getName()).as("label of %s", node.getId()).isNotBlank();
        }
      }
    }
  }

  @Test
  void every_flow_element_is_laid_out_in_the_diagram() {
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = model(definition);
      Set<String> drawn = new HashSet<>();
      model.getModelElementsByType(BpmnShape.class).forEach(shape -> drawn.add(shape.getBpmnElement().getId()));
      model.getModelElementsByType(BpmnEdge.class).forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        assertThat(drawn).as("diagram of %s", definition.getKey()).contains(element.getId());
      }
    }
  }

  @Test
  void every_process_and_decision_has_a_history_time_to_live() {
    for (ProcessDefinition definition : definitions) {
      assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isNotNull().isPositive();
      for (Process process : model(definition).getModelElementsByType(Process.class)) {
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
      }
    }
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
        .hasSize(3)
        .allSatisfy(decision -> assertThat(decision.getHistoryTimeToLive()).isPositive());
  }

  private BpmnModelInstance model(ProcessDefinition definition) {
    return repository.getBpmnModelInstance(definition.getId());
  }

  private Set<String> deployedFormIds(String deploymentId) throws IOException {
    Set<String> ids = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
          JsonNode form = json.readTree(in);
          ids.add(form.get("id").asText());
          assertThat(form.get("components").size()).as("components of %s", resource).isPositive();
        }
      }
    }
    return ids;
  }

  private static Stream<DomElement> allDomElements(DomElement root) {
    return Stream.concat(Stream.of(root), root.getChildElements().stream().flatMap(ModelConventionsTest::allDomElements));
  }
}
