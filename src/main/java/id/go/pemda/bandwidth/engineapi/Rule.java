package id.go.pemda.bandwidth.engineapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call a screen makes: a method and a path of the engine API (below {@code /engine-rest} or
 * the webapps' {@code /camunda/api/engine/engine/default}), the roles whose screens make it, the
 * body fields it may carry and why it is open. A path's {@code {taskId}}, {@code {processInstanceId}}
 * ... name the objects the door checks the caller can see.
 *
 * @param body the top-level fields a JSON body may carry; empty: no body at all
 */
record Rule(String method, String template, Set<Role> roles, Set<String> body, Handling handling, String reason) {

  /** What the door does once a call is allowed. */
  enum Handling {
    /** The engine answers. */
    ENGINE,
    /** The engine answers if the body's {@code userId} is the caller's own. */
    ENGINE_FOR_SELF,
    /** The engine answers, and the door adds what the task's form shows. */
    TASK_FORM_VARIABLES,
    /** The door submits the task's form through the application's form check. */
    TASK_FORM,
    /** The door starts the process through the application's form check. */
    START_FORM
  }

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
  private static final Map<String, Target> TARGETS = Map.of(
      "taskId", Target.TASK,
      "processInstanceId", Target.PROCESS_INSTANCE,
      "processDefinitionId", Target.PROCESS_DEFINITION,
      "processDefinitionKey", Target.PROCESS_DEFINITION_KEY,
      "decisionDefinitionId", Target.DECISION_DEFINITION,
      "jobDefinitionId", Target.JOB_DEFINITION,
      "filterId", Target.FILTER,
      "userId", Target.USER);

  /** The objects a matching path names, in order. */
  List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    Matcher variable = VARIABLE.matcher(template);
    while (variable.find()) {
      Target target = TARGETS.get(variable.group(1));
      if (target == null) {
        throw new IllegalStateException("Rule " + template + " names {" + variable.group(1) + "}, which the door cannot check");
      }
      targets.add(target);
    }
    return targets;
  }

  Pattern pattern() {
    StringBuilder regex = new StringBuilder("^");
    Matcher variable = VARIABLE.matcher(template);
    int at = 0;
    while (variable.find()) {
      regex.append(Pattern.quote(template.substring(at, variable.start()))).append("([^/]+)");
      at = variable.end();
    }
    regex.append(Pattern.quote(template.substring(at))).append("/?$");
    return Pattern.compile(regex.toString());
  }

  /** The ids of the path's objects if {@code path} is this rule's, with its targets in order. */
  Optional<List<String>> match(Pattern compiled, String requestMethod, String path) {
    if (!method.equals(requestMethod)) {
      return Optional.empty();
    }
    Matcher matcher = compiled.matcher(path);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    for (int group = 1; group <= matcher.groupCount(); group++) {
      ids.add(matcher.group(group));
    }
    return Optional.of(ids);
  }
}
