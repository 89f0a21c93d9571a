package id.go.pemda.bandwidth.engineapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.pemda.bandwidth.process.form.FormCatalog;
import id.go.pemda.bandwidth.process.form.FormInputException;
import id.go.pemda.bandwidth.process.form.FormSubmissions;
import id.go.pemda.bandwidth.process.form.FormViews;
import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.web.ReadBody;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one door to the engine API ({@code /engine-rest/**} and Tasklist's and Cockpit's
 * {@code /camunda/api/engine/**}), after the user has logged in. An administrator keeps the whole
 * API. Every other user passes only the calls of {@link EngineApiRules} for its roles, default
 * deny:
 *
 * <ul>
 *   <li>a call no rule names, or a body field no rule names, is 403 before the engine runs;
 *   <li>an id in the path that the caller cannot see, another Pemda's as much as an unknown one,
 *       is the same 404;
 *   <li>a form submission goes through {@link FormSubmissions}, for administrators too: only the
 *       form's fields, each checked, and nothing written when one is wrong (400 naming the fields).
 * </ul>
 */
@Component
public class EngineApiDoor implements Filter {

  private static final Logger log = LoggerFactory.getLogger(EngineApiDoor.class);
  private static final String REST = "/engine-rest";
  private static final String WEBAPP_API = "/camunda/api/engine";
  private static final String DEFAULT_ENGINE = "default";
  private static final Pattern PLAIN_START =
      Pattern.compile("^/process-definition/(key/)?([^/]+)(/tenant-id/[^/]+)?/start/?$");

  private final IdentityService identity;
  private final Visibility visibility;
  private final FormSubmissions submissions;
  private final FormViews views;
  private final FormCatalog catalog;
  private final RepositoryService repository;
  private final DoorAnswers answers;
  private final ObjectMapper json;
  private final List<Map.Entry<Rule, Pattern>> rules = new ArrayList<>();

  /** An administrator's user accounts in Admin: what the engine would answer with a 500. */
  private final UserAccountCheck userAccounts;

  public EngineApiDoor(IdentityService identity, Visibility visibility, FormSubmissions submissions, FormViews views,
      FormCatalog catalog, RepositoryService repository, DoorAnswers answers, ObjectMapper json) {
    this.identity = identity;
    this.views = views;
    this.visibility = visibility;
    this.submissions = submissions;
    this.catalog = catalog;
    this.repository = repository;
    this.answers = answers;
    this.json = json;
    this.userAccounts = new UserAccountCheck(identity);
    EngineApiRules.RULES.forEach(rule -> rules.add(Map.entry(rule, rule.pattern())));
  }

  @Override
  public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) servletRequest;
    HttpServletResponse response = (HttpServletResponse) servletResponse;
    Optional<String> path = enginePath(request.getRequestURI().substring(request.getContextPath().length()));
    Authentication caller = identity.getCurrentAuthentication();
    if (path.isEmpty() || caller == null) {
      // not an engine call (the webapps' own pages), or Camunda's filters answered the login already
      chain.doFilter(request, response);
      return;
    }
    boolean administrator = caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    Set<Role> roles = Role.of(caller.getGroupIds() == null ? List.of() : caller.getGroupIds());
    Optional<Allowed> allowed = allowed(request.getMethod(), path.get(), administrator ? Role.TASKLIST : roles);
    if (allowed.isEmpty()) {
      if (administrator) {
        Optional<Boolean> startForm = plainStart(request.getMethod(), path.get());
        if (startForm.isPresent()) {
          if (startForm.get()) {
            refused(response, List.of(new FieldError("startInstructions",
                "proses dengan formulir awal dimulai melalui submit-form, dengan isian formulirnya")));
          } else {
            answers.forbidden(response, "Proses ini dimulai oleh aplikasi, tidak melalui formulir pengguna.");
          }
          return;
        }
        if (!userAccounts.concerns(request.getMethod(), path.get()) || !isJson(request)) {
          chain.doFilter(request, response);
          return;
        }
        byte[] account = request.getInputStream().readAllBytes();
        List<FieldError> problems = userAccounts.problems(request.getMethod(), path.get(), readable(account));
        if (!problems.isEmpty()) {
          refused(response, problems);
          return;
        }
        chain.doFilter(new ReadBody(request, account), response);
        return;
      }
      log.warn("Engine API call refused for {}: {} {}", caller.getUserId(), request.getMethod(), path.get());
      // the body names no id: an unknown id and another Pemda's get the same bytes
      answers.forbidden(response, "Panggilan " + request.getMethod() + " ini tidak dibuka untuk peran Anda.");
      return;
    }
    Rule rule = allowed.get().rule();
    if (!administrator) {
      for (int index = 0; index < rule.targets().size(); index++) {
        if (!visibility.visible(rule.targets().get(index), allowed.get().ids().get(index))) {
          answers.notFound(response);
          return;
        }
      }
    }
    byte[] bytes = isJson(request) ? request.getInputStream().readAllBytes() : null;
    JsonNode body = bytes == null || bytes.length == 0 ? null : json.readTree(bytes);
    if (!administrator || rule.handling() == Rule.Handling.TASK_FORM || rule.handling() == Rule.Handling.START_FORM) {
      String refusal = bodyRefusal(rule, body, caller.getUserId());
      if (refusal != null) {
        log.warn("Engine API body refused for {}: {} {}: {}", caller.getUserId(), request.getMethod(), path.get(), refusal);
        answers.forbidden(response, refusal);
        return;
      }
    }
    switch (rule.handling()) {
      case TASK_FORM -> submitTaskForm(allowed.get().ids().get(0), body, response);
      case TASK_FORM_VARIABLES -> formVariables(request, response, chain, allowed.get().ids().get(0));
      case START_FORM -> submitStartForm(rule.targets().get(0), allowed.get().ids().get(0), body, response);
      default -> chain.doFilter(bytes == null ? request : new ReadBody(request, bytes), response);
    }
  }

  /**
   * The rule for the call among those of the caller's roles, with the ids of its path; where a
   * literal and a variable both match ({@code /task/count}, {@code /task/{taskId}}), the literal.
   */
  private Optional<Allowed> allowed(String method, String path, Set<Role> roles) {
    Allowed best = null;
    for (Map.Entry<Rule, Pattern> entry : rules) {
      Rule rule = entry.getKey();
      if (rule.roles().stream().noneMatch(roles::contains)) {
        continue;
      }
      Optional<List<String>> ids = rule.match(entry.getValue(), method, path);
      if (ids.isPresent() && (best == null || ids.get().size() < best.ids().size())) {
        best = new Allowed(rule, ids.get().stream().map(EngineApiDoor::decoded).toList());
      }
    }
    return Optional.ofNullable(best);
  }

  private record Allowed(Rule rule, List<String> ids) {}

  /**
   * For an administrator's plain {@code /start}, whether the process has a start form: one
   * without is started by the application only, with the ids it hands over; one with is started
   * through its form ({@code submit-form}), whose start delegate would refuse a plain start, and
   * the engine API would call that refusal a server error.
   */
  private Optional<Boolean> plainStart(String method, String path) {
    Matcher start = PLAIN_START.matcher(path);
    if (!"POST".equals(method) || !start.matches()) {
      return Optional.empty();
    }
    String definition = decoded(start.group(2));
    Optional<String> definitionId = "key/".equals(start.group(1))
        ? Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(definition)
            .latestVersion().singleResult()).map(ProcessDefinition::getId)
        : Optional.of(definition);
    return definitionId
        .filter(id -> repository.createProcessDefinitionQuery().processDefinitionId(id).count() > 0)
        .map(id -> catalog.ofStart(id).isPresent());
  }

  /** Why a body may not pass, or null: a field no rule names, or a claim for someone else. */
  private static String bodyRefusal(Rule rule, JsonNode body, String userId) {
    if (body == null) {
      return null;
    }
    if (!body.isObject()) {
      return "Badan permintaan harus berupa objek JSON.";
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> fields = body.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!rule.body().contains(field)) {
        unknown.add(field);
      }
    }
    if (!unknown.isEmpty()) {
      return "Kolom " + String.join(", ", unknown) + " tidak dibuka untuk panggilan ini.";
    }
    if (rule.handling() == Rule.Handling.ENGINE_FOR_SELF && !userId.equals(body.path("userId").asText(null))) {
      return "Tugas hanya dapat diambil untuk diri sendiri.";
    }
    return null;
  }

  /**
   * The engine's answer with what the form shows added ({@link FormViews}): worked out now, from
   * the features' rows, so the engine keeps none of it. Tasklist asks for every variable; a
   * client naming some ({@code variableNames}) gets those.
   */
  private void formVariables(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String taskId)
      throws IOException, ServletException {
    ContentCachingResponseWrapper engine = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, engine);
    JsonNode variables = engine.getStatus() == HttpServletResponse.SC_OK ? readable(engine.getContentAsByteArray()) : null;
    if (!(variables instanceof ObjectNode answer)) {
      engine.copyBodyToResponse();
      return;
    }
    String asked = request.getParameter("variableNames");
    Set<String> names = asked == null || asked.isBlank() ? null : Set.of(asked.split(","));
    try {
      ShownVariables.addTo(answer, views.shown(taskId), names);
    } catch (RuntimeException e) {
      // the form opens with what the engine holds; its submission is checked against the view again
      log.error("What the form of task {} shows could not be worked out", taskId, e);
    }
    byte[] merged = json.writeValueAsBytes(answer);
    response.setContentLength(merged.length);
    response.getOutputStream().write(merged);
  }

  private void submitTaskForm(String taskId, JsonNode body, HttpServletResponse response) throws IOException {
    SubmittedVariables.Read read = SubmittedVariables.read(body == null ? null : body.get("variables"));
    if (!read.errors().isEmpty()) {
      refused(response, read.errors());
      return;
    }
    answer(response, () -> {
      submissions.completeTask(taskId, read.values());
      answers.noContent(response);
    });
  }

  private void submitStartForm(Target target, String definition, JsonNode body, HttpServletResponse response)
      throws IOException {
    SubmittedVariables.Read read = SubmittedVariables.read(body == null ? null : body.get("variables"));
    if (!read.errors().isEmpty()) {
      refused(response, read.errors());
      return;
    }
    JsonNode businessKeyNode = body == null ? null : body.get("businessKey");
    if (businessKeyNode != null && !businessKeyNode.isNull() && !businessKeyNode.isTextual()) {
      refused(response, List.of(new FieldError("businessKey", "harus berupa teks")));
      return;
    }
    String businessKey = businessKeyNode == null || businessKeyNode.isNull() ? null : businessKeyNode.asText();
    answer(response, () -> {
      ProcessInstance instance = target == Target.PROCESS_DEFINITION_KEY
          ? submissions.startByKey(definition, businessKey, read.values())
          : submissions.start(definition, businessKey, read.values());
      Map<String, Object> started = new LinkedHashMap<>();
      started.put("id", instance.getId());
      started.put("definitionId", instance.getProcessDefinitionId());
      started.put("businessKey", instance.getBusinessKey());
      started.put("ended", instance.isEnded());
      started.put("suspended", instance.isSuspended());
      started.put("tenantId", instance.getTenantId());
      started.put("links", List.of());
      answers.ok(response, started);
    });
  }

  /** The engine's refusals as the engine API would answer them, a refused form as 400 with its fields. */
  private void answer(HttpServletResponse response, Submission submission) throws IOException {
    try {
      submission.run();
    } catch (FormInputException e) {
      refused(response, e.errors());
    } catch (NotFoundException e) {
      answers.notFound(response);
    } catch (AuthorizationException e) {
      answers.forbidden(response, e.getMessage());
    } catch (OptimisticLockingException e) {
      answers.conflict(response, "Tugas ini baru saja diubah oleh orang lain; muat ulang lalu coba lagi.");
    } catch (BadUserRequestException e) {
      answers.invalid(response, e.getMessage(), List.of());
    }
  }

  private interface Submission {
    void run() throws IOException;
  }

  private void refused(HttpServletResponse response, List<FieldError> errors) throws IOException {
    answers.invalid(response, new FormInputException(errors).getMessage(), errors);
  }

  /** The body as JSON; none when empty or not JSON (the engine answers that with a 400 of its own). */
  private JsonNode readable(byte[] body) {
    try {
      return body.length == 0 ? null : json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.contains("json");
  }

  /**
   * The engine path of a request ({@code /task/1/claim}), the same below both doors; {@code /engine}
   * for the list of engines. Another engine than the default one keeps its prefix, so no rule
   * matches it.
   */
  static Optional<String> enginePath(String path) {
    String rest;
    if (path.startsWith(REST + "/") || path.equals(REST)) {
      rest = path.substring(REST.length());
      if (!rest.startsWith("/engine/") && !rest.equals("/engine")) {
        return Optional.of(rest.isEmpty() ? "/" : rest);
      }
    } else if (path.startsWith(WEBAPP_API + "/")) {
      rest = path.substring(WEBAPP_API.length());
    } else {
      return Optional.empty();
    }
    // rest is /engine, /engine/, /engine/{name} or /engine/{name}/...
    String afterEngine = rest.substring("/engine".length());
    if (afterEngine.isEmpty() || afterEngine.equals("/")) {
      return Optional.of("/engine");
    }
    String named = afterEngine.substring(1);
    int slash = named.indexOf('/');
    String engine = slash < 0 ? named : named.substring(0, slash);
    String below = slash < 0 ? "/" : named.substring(slash);
    return Optional.of(DEFAULT_ENGINE.equals(engine) ? below : "/engine/" + engine + below);
  }

  static String decoded(String id) {
    return URLDecoder.decode(id, StandardCharsets.UTF_8);
  }
}
