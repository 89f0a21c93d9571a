package id.go.pemda.bandwidth.model;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.ProcessContracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every condition of every exclusive gateway reads only variables a process contract declares,
 * and for every value of the decision it reads (every constant of its enum, true and false)
 * exactly one way out is taken, the default when no condition holds, and every way out is taken
 * by some value: a typo in a condition or a decision with no branch fails here.
 */
class ContractConditionsTest {

  private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w'.])([a-zA-Z]\\w*)(?![\\w(])");
  private static final Set<String> EL_WORDS = Set.of("eq", "ne", "and", "or", "not", "true", "false", "null", "empty");

  private final ExpressionFactoryImpl el = new ExpressionFactoryImpl();

  @TestFactory
  Stream<DynamicTest> every_decision_value_takes_exactly_one_way_out() throws IOException {
    Map<String, Class<?>> variables = ProcessContracts.variables();
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
      for (Path file : models.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
          if (gateway.getOutgoing().stream().anyMatch(flow -> flow.getConditionExpression() != null)) {
            tests.add(DynamicTest.dynamicTest(file.getFileName() + " " + gateway.getId(),
                () -> checkGateway(gateway, variables)));
          }
        }
      }
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(6);
    return tests.stream();
  }

  private void checkGateway(ExclusiveGateway gateway, Map<String, Class<?>> variables) {
    Set<String> read = new HashSet<>();
    for (SequenceFlow flow : gateway.getOutgoing()) {
      if (flow.getConditionExpression() != null) {
        read.addAll(identifiers(flow.getConditionExpression().getTextContent()));
      }
    }
    assertThat(variables.keySet()).as("variables read at %s, declared by a contract", gateway.getId()).containsAll(read);
    assertThat(read).as("decisions read at %s", gateway.getId()).hasSize(1);
    String decision = read.iterator().next();
    Set<String> taken = new HashSet<>();
    for (Object value : valuesOf(variables.get(decision))) {
      List<String> holding = new ArrayList<>();
      for (SequenceFlow flow : gateway.getOutgoing()) {
        if (flow.getConditionExpression() != null && holds(flow.getConditionExpression().getTextContent(), decision, value)) {
          holding.add(flow.getId());
        }
      }
      if (holding.isEmpty()) {
        assertThat(gateway.getDefault()).as("%s = %s takes no way out of %s and there is no default", decision, value, gateway.getId())
            .isNotNull();
        holding.add(gateway.getDefault().getId());
      }
      assertThat(holding).as("ways out of %s for %s = %s", gateway.getId(), decision, value).hasSize(1);
      taken.addAll(holding);
    }
    assertThat(taken).as("ways out of %s that some value of %s takes", gateway.getId(), decision)
        .containsExactlyInAnyOrderElementsOf(gateway.getOutgoing().stream().map(SequenceFlow::getId).toList());
  }

  private boolean holds(String condition, String variable, Object value) {
    SimpleContext context = new SimpleContext();
    context.setVariable(variable, el.createValueExpression(value, Object.class));
    return (Boolean) el.createValueExpression(context, condition.strip(), Boolean.class).getValue(context);
  }

  private static List<Object> valuesOf(Class<?> type) {
    if (type.isEnum()) {
      return Stream.of(type.getEnumConstants()).map(constant -> (Object) ((Enum<?>) constant).name()).toList();
    }
    if (type == Boolean.class) {
      return List.of(true, false);
    }
    throw new IllegalStateException("A gateway decides on " + type.getSimpleName() + ": make it an enum or a Boolean");
  }

  private static Set<String> identifiers(String condition) {
    String expression = condition.strip();
    Matcher matcher = IDENTIFIER.matcher(expression.substring(2, expression.length() - 1));
    Set<String> names = new HashSet<>();
    while (matcher.find()) {
      if (!EL_WORDS.contains(matcher.group(1))) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }
}
