package id.go.pemda.bandwidth.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormSchema;
import id.go.pemda.bandwidth.process.form.FormServerSide;
import id.go.pemda.bandwidth.process.view.ComplaintViews;
import id.go.pemda.bandwidth.process.view.SharedViews;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.support.ApplicationTest;
import id.go.pemda.bandwidth.support.ProcessContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A form that Tasklist cannot render, or whose server side reads or fills keys the form does
 * not have, must not land: every form's component ids and keys are unique, every user task's
 * listener and every start form's delegate declares exactly the form's input and shown keys,
 * every form is used by a model, and every key a form shows is a constant of its view class,
 * spelled nowhere else.
 */
@ApplicationTest
class FormModelTest {

  private static final Path FORMS = Path.of("forms");
  private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)\\}$");

  @Autowired RepositoryService repository;
  @Autowired ApplicationContext context;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void every_form_has_unique_component_ids_and_keys() throws IOException {
    for (Path form : formFiles()) {
      Map<String, Integer> ids = new HashMap<>();
      Map<String, Integer> keys = new HashMap<>();
      count(json.readTree(form.toFile()).path("components"), ids, keys);
      assertThat(ids).as("component ids of %s", form).allSatisfy((id, n) -> assertThat(n).as(id).isOne());
      assertThat(keys).as("keys of %s", form).allSatisfy((key, n) -> assertThat(n).as(key).isOne());
    }
  }

  @Test
  void every_forms_server_side_reads_and_fills_exactly_its_keys() throws IOException {
    Map<String, FormSchema> forms = new HashMap<>();
    for (Path file : formFiles()) {
      FormSchema schema = FormSchema.parse(Files.readAllBytes(file));
      forms.put(schema.id(), schema);
    }
    Set<String> used = new HashSet<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        FormContract contract = serverSideOf(listenerBeans(task), task.getId()).contract();
        assertContractMatches(contract, task.getCamundaFormRef(), forms, task.getId());
        used.add(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() == null || !(start.getParentElement() instanceof Process process)) {
          continue;
        }
        // the start form is read by the process's first service task
        FormContract contract = serverSideOf(startDelegates(process), start.getId()).contract();
        assertContractMatches(contract, start.getCamundaFormRef(), forms, start.getId());
        used.add(start.getCamundaFormRef());
      }
    }
    assertThat(used).as("forms used by a model").containsExactlyInAnyOrderElementsOf(forms.keySet());
  }

  @Test
  void every_view_key_is_one_a_form_shows_spelled_once_in_its_view_class() throws IOException {
    Set<String> shown = new HashSet<>();
    for (Path file : formFiles()) {
      FormSchema.parse(Files.readAllBytes(file)).views().forEach(field -> shown.add(field.key()));
    }
    Map<String, Class<?>> declared = new HashMap<>();
    for (Class<?> views : List.of(SharedViews.class, TransitionViews.class, ComplaintViews.class)) {
      ProcessContracts.constants(views, String.class).values().forEach(key -> declared.put(key, views));
    }
    assertThat(shown).as("keys the forms show").containsExactlyInAnyOrderElementsOf(declared.keySet());
    Map<String, List<Path>> spelled = new HashMap<>();
    for (Path source : javaSources()) {
      String code = Files.readString(source);
      for (String key : declared.keySet()) {
        for (int at = code.indexOf('"' + key + '"'); at >= 0; at = code.indexOf('"' + key + '"', at + 1)) {
          spelled.computeIfAbsent(key, any -> new ArrayList<>()).add(source);
        }
      }
    }
    assertThat(spelled).allSatisfy((key, sources) -> assertThat(sources).as("where \"%s\" is spelled", key)
        .singleElement().satisfies(source -> assertThat(source.getFileName())
            .hasToString(declared.get(key).getSimpleName() + ".java")));
  }

  private void assertContractMatches(FormContract contract, String formRef, Map<String, FormSchema> forms, String element) {
    FormSchema form = forms.get(formRef);
    assertThat(form).as("form %s of %s", formRef, element).isNotNull();
    assertThat(contract.formId()).as("form read for %s", element).isEqualTo(formRef);
    assertThat(contract.inputs()).as("inputs of %s read by %s", formRef, element)
        .containsExactlyInAnyOrderElementsOf(form.inputs().stream().map(FormSchema.Field::key).toList());
    assertThat(contract.views()).as("values %s shows, filled in for %s", formRef, element)
        .containsExactlyInAnyOrderElementsOf(form.views().stream().map(FormSchema.Field::key).toList());
  }

  private FormServerSide serverSideOf(List<String> beans, String element) {
    List<FormServerSide> serverSides =
        beans.stream().map(context::getBean).filter(FormServerSide.class::isInstance).map(FormServerSide.class::cast).toList();
    assertThat(serverSides).as("the server side of the form of %s among %s", element, beans).hasSize(1);
    return serverSides.get(0);
  }

  private static List<String> listenerBeans(UserTask task) {
    List<String> beans = new ArrayList<>();
    if (task.getExtensionElements() != null) {
      task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
          .map(CamundaTaskListener::getCamundaDelegateExpression)
          .map(BEAN::matcher)
          .filter(Matcher::matches)
          .map(matcher -> matcher.group(1))
          .distinct()
          .forEach(beans::add);
    }
    return beans;
  }

  private static List<String> startDelegates(Process process) {
    return process.getChildElementsByType(ServiceTask.class).stream()
        .map(ServiceTask::getCamundaDelegateExpression)
        .filter(expression -> expression != null)
        .map(BEAN::matcher)
        .filter(Matcher::matches)
        .map(matcher -> matcher.group(1))
        .toList();
  }

  private static void count(JsonNode components, Map<String, Integer> ids, Map<String, Integer> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("id")) {
        ids.merge(component.get("id").asText(), 1, Integer::sum);
      }
      if (component.hasNonNull("key")) {
        keys.merge(component.get("key").asText(), 1, Integer::sum);
      }
      count(component.path("components"), ids, keys);
    }
  }

  private static List<Path> javaSources() throws IOException {
    try (Stream<Path> main = Files.walk(Path.of("src/main/java")); Stream<Path> test = Files.walk(Path.of("src/test/java"))) {
      return Stream.concat(main, test).filter(file -> file.toString().endsWith(".java")).toList();
    }
  }

  private static List<Path> formFiles() throws IOException {
    try (Stream<Path> files = Files.list(FORMS)) {
      List<Path> forms = files.filter(file -> file.toString().endsWith(".form")).sorted().toList();
      assertThat(forms).isNotEmpty();
      return forms;
    }
  }
}
