package id.go.pemda.bandwidth.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The engine API's allowlist: its paths, its roles and its table in docs/security.md. */
class EngineApiRulesTest {

  private static final Pattern DOC_ROW = Pattern.compile("^\\| `(GET|POST|PUT|DELETE|OPTIONS) ([^`]+)` \\| ([^|]+) \\|");

  @Test
  void docs_security_lists_every_allowed_call_with_its_roles_and_no_other() throws IOException {
    Set<String> documented = new LinkedHashSet<>();
    for (String line : Files.readAllLines(Path.of("docs/security.md"))) {
      Matcher row = DOC_ROW.matcher(line);
      if (row.find()) {
        documented.add(row.group(1) + " " + row.group(2) + " " + row.group(3).strip());
      }
    }
    Set<String> allowed = EngineApiRules.RULES.stream()
        .map(rule -> rule.method() + " " + rule.template() + " " + roles(rule.roles()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(documented).as("docs/security.md, table 'Engine API allowlist'").containsExactlyInAnyOrderElementsOf(allowed);
  }

  @Test
  void each_rule_says_why_and_names_only_objects_the_door_can_check() {
    for (Rule rule : EngineApiRules.RULES) {
      assertThat(rule.reason()).as(rule.template()).isNotBlank();
      assertThat(rule.targets()).as(rule.template()).doesNotContainNull();
      assertThat(rule.roles()).as(rule.template()).isNotEmpty();
    }
  }

  @Test
  void what_changes_state_is_a_form_submission_a_claim_or_a_comment_nothing_else() {
    Set<String> writes = EngineApiRules.RULES.stream()
        .filter(rule -> !rule.method().equals("GET") && !rule.method().equals("OPTIONS"))
        .filter(rule -> rule.handling() == Rule.Handling.ENGINE)
        .filter(rule -> !isQuery(rule))
        .map(Rule::template)
        .collect(Collectors.toSet());
    assertThat(writes).containsExactlyInAnyOrder("/task/{taskId}/unclaim", "/task/{taskId}/comment/create");
    assertThat(EngineApiRules.RULES).filteredOn(rule -> rule.handling() == Rule.Handling.ENGINE_FOR_SELF)
        .extracting(Rule::template).containsExactly("/task/{taskId}/claim");
  }

  @Test
  void both_doors_lead_to_the_same_engine_path() {
    assertThat(EngineApiDoor.enginePath("/engine-rest/task/1/claim")).hasValue("/task/1/claim");
    assertThat(EngineApiDoor.enginePath("/engine-rest/engine/default/task/1")).hasValue("/task/1");
    assertThat(EngineApiDoor.enginePath("/camunda/api/engine/engine/default/task/1/form")).hasValue("/task/1/form");
    assertThat(EngineApiDoor.enginePath("/camunda/api/engine/engine/")).hasValue("/engine");
    assertThat(EngineApiDoor.enginePath("/engine-rest/engine")).hasValue("/engine");
    // another engine keeps its name, so no rule matches it
    assertThat(EngineApiDoor.enginePath("/engine-rest/engine/other/task")).hasValue("/engine/other/task");
    assertThat(EngineApiDoor.enginePath("/camunda/app/tasklist/default/")).isEqualTo(Optional.empty());
    assertThat(EngineApiDoor.enginePath("/api/complaints")).isEqualTo(Optional.empty());
  }

  @Test
  void a_path_variable_matches_one_segment_only() {
    Rule claim = EngineApiRules.RULES.stream().filter(rule -> rule.template().equals("/task/{taskId}/claim"))
        .findFirst().orElseThrow();
    assertThat(claim.match(claim.pattern(), "POST", "/task/abc/claim")).hasValue(List.of("abc"));
    assertThat(claim.match(claim.pattern(), "POST", "/task/a/b/claim")).isEmpty();
    assertThat(claim.match(claim.pattern(), "GET", "/task/abc/claim")).isEmpty();
    assertThat(claim.match(claim.pattern(), "POST", "/task/abc/claim/")).hasValue(List.of("abc"));
  }

  private static boolean isQuery(Rule rule) {
    return Set.of(EngineApiRules.TASK_QUERY, EngineApiRules.PROCESS_INSTANCE_QUERY,
        EngineApiRules.VARIABLE_INSTANCE_QUERY, EngineApiRules.JOB_QUERY, EngineApiRules.EXTERNAL_TASK_QUERY)
        .contains(rule.body());
  }

  static String roles(Set<Role> roles) {
    if (roles.equals(Role.TASKLIST)) {
      return "every role";
    }
    if (roles.equals(Role.COCKPIT)) {
      return "Cockpit roles";
    }
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }
}
