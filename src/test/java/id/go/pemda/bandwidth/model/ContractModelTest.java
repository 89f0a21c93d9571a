package id.go.pemda.bandwidth.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.ProcessContracts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The process contracts ({@code process.contract}) and the models in {@code bpmn/} name the same
 * things, both ways: each contract's key is a process, each of its element ids an element of that
 * process and each message name a message of it; every element the code must know (user tasks,
 * messages, timers, boundary and message events, call activities) is declared in its contract;
 * and no element id or message name is spelled anywhere in {@code src/main/java} (nor in the
 * tests) but in a contract. The decision keys of {@code process.decision} and the tables in {@code bpmn/*.dmn}
 * match the same way. Plain files, no engine: a renamed element fails here, not in a process
 * test or on a user's screen.
 *
 * <p>A contract's string constants are read by their names: {@code KEY} the process id,
 * {@code MESSAGE_*} a message name, {@code STEP_*} a step of the decision log (no model name),
 * every other an element id, a multi-instance body as {@code <id>#multiInstanceBody}.
 */
class ContractModelTest {

  private static final Path MODELS = Path.of("bpmn");
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path TEST_SOURCES = Path.of("src/test/java");
  private static final Path CONTRACT_SOURCES = SOURCES.resolve(ProcessContracts.PACKAGE.replace('.', '/'));
  /**
   * The cluster check drives the packaged jar over REST with no application class on its
   * classpath: it names tasks and jobs as any REST client would.
   */
  private static final Path REST_CLIENT = TEST_SOURCES.resolve("id/go/pemda/bandwidth/ops/ClusterCheck.java");
  private static final String DECISIONS = "id.go.pemda.bandwidth.process.decision";
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";
  /** The prefixes of the models' ids (the house's and Camunda Modeler's), as a word in a literal. */
  private static final Pattern ELEMENT_ID = Pattern.compile(
      "\\b(?:Task|SubProcess|CallActivity|Event|StartEvent|EndEvent|BoundaryEvent|Gateway|Flow|SequenceFlow"
          + "|Activity|Message|Error|Timer|Signal|Escalation)_\\w+");

  /** Each contract and the process of its key, found in the models. */
  private static final Map<Class<?>, Process> PROCESSES = new LinkedHashMap<>();
  private static final List<Process> ALL_PROCESSES = new ArrayList<>();

  @BeforeAll
  static void readModels() {
    for (Path file : files(MODELS, ".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      ALL_PROCESSES.addAll(model.getModelElementsByType(Process.class));
    }
    for (Class<?> contract : ProcessContracts.all()) {
      String key = ProcessContracts.constants(contract, String.class).get("KEY");
      ALL_PROCESSES.stream().filter(process -> process.getId().equals(key)).findFirst()
          .ifPresent(process -> PROCESSES.put(contract, process));
    }
  }

  @Test
  void every_process_has_one_contract_and_every_contract_key_is_a_process() {
    assertThat(ProcessContracts.all()).as("contracts").hasSizeGreaterThanOrEqualTo(5);
    assertThat(PROCESSES.keySet()).as("contracts whose KEY is a process in bpmn/")
        .containsExactlyElementsOf(ProcessContracts.all());
    assertThat(PROCESSES.values()).extracting(Process::getId).as("processes with a contract")
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(ALL_PROCESSES.stream().map(Process::getId).toList());
  }

  @Test
  void every_element_id_and_message_of_a_contract_is_in_its_model() {
    SoftAssertions softly = new SoftAssertions();
    PROCESSES.forEach((contract, process) -> {
      Set<String> messages = messageNames(process);
      constants(contract).forEach((name, value) -> {
        String what = contract.getSimpleName() + "." + name + " = \"" + value + "\"";
        if (name.startsWith("MESSAGE_")) {
          softly.assertThat(messages).as("messages of %s, with %s", process.getId(), what).contains(value);
        } else if (value.endsWith(MULTI_INSTANCE_BODY)) {
          String id = value.substring(0, value.length() - MULTI_INSTANCE_BODY.length());
          softly.assertThat(element(process, id)).as(what).isInstanceOfSatisfying(Activity.class,
              activity -> softly.assertThat(activity.getLoopCharacteristics()).as("%s is multi-instance", what)
                  .isInstanceOf(MultiInstanceLoopCharacteristics.class));
        } else {
          softly.assertThat(element(process, value)).as("%s, an element of %s", what, process.getId()).isNotNull();
        }
      });
    });
    softly.assertAll();
  }

  @Test
  void every_user_task_message_timer_boundary_event_and_call_of_a_model_is_in_its_contract() {
    SoftAssertions softly = new SoftAssertions();
    PROCESSES.forEach((contract, process) -> {
      Collection<String> declared = constants(contract).values();
      softly.assertThat(declared).as("message names of %s declared by %s", process.getId(), contract.getSimpleName())
          .containsAll(messageNames(process));
      softly.assertThat(declared).as("elements of %s the code must know, declared by %s", process.getId(),
          contract.getSimpleName()).containsAll(elementsTheCodeKnows(process));
    });
    softly.assertAll();
  }

  @Test
  void no_element_id_or_message_name_is_spelled_outside_the_contracts() {
    Set<String> names = new TreeSet<>();
    for (Process process : ALL_PROCESSES) {
      process.getModelInstance().getModelElementsByType(FlowElement.class).forEach(element -> names.add(element.getId()));
      names.addAll(messageNames(process));
    }
    List<String> stray = new ArrayList<>();
    for (Path file : Stream.concat(files(SOURCES, ".java").stream(), files(TEST_SOURCES, ".java").stream()).toList()) {
      if (file.getParent().equals(CONTRACT_SOURCES) || file.equals(REST_CLIENT)) {
        continue;
      }
      for (Literal literal : JavaLiterals.of(file)) {
        if (ELEMENT_ID.matcher(literal.text()).find() || names.contains(literal.text())) {
          stray.add(file + ":" + literal.line() + " \"" + literal.text() + "\"");
        }
      }
    }
    assertThat(stray).as("model names spelled outside process.contract: use the contract's constant").isEmpty();
  }

  @Test
  void every_decision_key_is_a_decision_table_and_every_table_has_its_key() {
    Set<String> tables = new TreeSet<>();
    for (Path file : files(MODELS, ".dmn")) {
      Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class).forEach(d -> tables.add(d.getId()));
    }
    Set<String> keys = ProcessContracts.classesIn(DECISIONS).stream()
        .flatMap(type -> ProcessContracts.constants(type, String.class).entrySet().stream())
        .filter(constant -> constant.getKey().equals("DECISION_KEY"))
        .map(Map.Entry::getValue)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(keys).as("decision keys of %s", DECISIONS).containsExactlyElementsOf(tables);
  }

  /** A contract's model names: every string constant but the key and the decision log's steps. */
  private static Map<String, String> constants(Class<?> contract) {
    Map<String, String> names = new LinkedHashMap<>(ProcessContracts.constants(contract, String.class));
    names.remove("KEY");
    names.keySet().removeIf(name -> name.startsWith("STEP_"));
    return names;
  }

  private static FlowElement element(Process process, String id) {
    return process.getModelInstance().getModelElementById(id) instanceof FlowElement element
        && process.equals(processOf(element)) ? element : null;
  }

  private static Process processOf(FlowElement element) {
    var parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  /** What a delegate, listener, correlator or test names: the steps people and Icon+ take, and the clocks. */
  private static Set<String> elementsTheCodeKnows(Process process) {
    Set<String> ids = new TreeSet<>();
    for (FlowElement element : process.getModelInstance().getModelElementsByType(FlowElement.class)) {
      boolean known = element instanceof UserTask || element instanceof ReceiveTask || element instanceof CallActivity
          || element instanceof BoundaryEvent
          || element instanceof Event event && event.getChildElementsByType(TimerEventDefinition.class).size()
              + event.getChildElementsByType(MessageEventDefinition.class).size() > 0;
      if (known && process.equals(processOf(element))) {
        ids.add(element.getId());
      }
    }
    return ids;
  }

  /** The names of the messages the process waits for (a model's messages belong to its one process). */
  private static Set<String> messageNames(Process process) {
    return process.getModelInstance().getModelElementsByType(Message.class).stream()
        .map(Message::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Path> files(Path root, String suffix) {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Literal(int line, String text) {}

  /** The string literals of a Java source, with their lines; comments and character literals skipped. */
  private static final class JavaLiterals {

    static List<Literal> of(Path file) {
      String source;
      try {
        source = Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      List<Literal> literals = new ArrayList<>();
      int line = 1;
      int i = 0;
      while (i < source.length()) {
        int end;
        if (source.startsWith("//", i)) {
          end = source.indexOf('\n', i);
          end = end < 0 ? source.length() : end;
        } else if (source.startsWith("/*", i)) {
          end = source.indexOf("*/", i + 2) + 2;
        } else if (source.startsWith("\"\"\"", i)) {
          end = source.indexOf("\"\"\"", i + 3) + 3;
          literals.add(new Literal(line, source.substring(i + 3, end - 3)));
        } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
          end = closing(source, i);
          if (source.charAt(i) == '"') {
            literals.add(new Literal(line, source.substring(i + 1, end - 1)));
          }
        } else {
          end = i + 1;
        }
        line += (int) source.substring(i, end).chars().filter(c -> c == '\n').count();
        i = end;
      }
      return literals;
    }

    /** Just past the quote that closes the literal opening at {@code start}. */
    private static int closing(String source, int start) {
      char quote = source.charAt(start);
      int i = start + 1;
      while (source.charAt(i) != quote) {
        i += source.charAt(i) == '\\' ? 2 : 1;
      }
      return i + 1;
    }
  }
}
