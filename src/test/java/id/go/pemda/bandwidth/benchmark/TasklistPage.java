package id.go.pemda.bandwidth.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.support.WebappSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A user's task list in Tasklist 7.24, requested as Tasklist requests it (recorded from the
 * browser tests' Chromium): logged in to the webapp with its session cookie and XSRF token, the
 * page asks how many filters the user may read, reads them, picks the one with the lowest
 * priority (as Tasklist does when no filter is chosen), and lists its first 15 tasks in HAL: the
 * tasks, their count, the embedded assignees, owners and process definitions, and the filter's
 * columns ({@code properties.variables}) as embedded variables, sorted by creation, newest first
 * (Tasklist's default). The three requests wait for each other, so the page takes their sum.
 * Every 10 seconds Tasklist refreshes a filter with {@code refresh: true} by listing it again.
 * Tasklist 7.24 counts the focused filter only (the list's {@code count}); the sidebar's filter
 * list asks for no counts ({@code itemCount=false}).
 */
final class TasklistPage {

  /** Tasklist's API client's Accept header: the engine answers lists as HAL under it. */
  static final String ACCEPT = "application/hal+json, application/json; q=0.5";
  static final int PAGE = 15;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILTER_COUNT = WebappSession.engineApi("/filter/count?itemCount=false&resourceType=Task");
  private static final String FILTERS =
      WebappSession.engineApi("/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task");

  private final WebappSession session;
  private final String user;
  private String filterId;
  private String filterName;

  private TasklistPage(WebappSession session, String user) {
    this.session = session;
    this.user = user;
  }

  /** A demo user logged in to Tasklist on the server {@code http} talks to. */
  static TasklistPage login(TestRestTemplate http, String user) {
    WebappSession session = WebappSession.login(http, user, "tasklist");
    if (session.loginStatus() != 200) {
      throw new IllegalStateException("Tasklist login of " + user + " answered " + session.loginStatus());
    }
    return new TasklistPage(session, user);
  }

  /** Opens Tasklist's list: the filters, then the chosen filter's first page. */
  Shown open() {
    call(HttpMethod.GET, FILTER_COUNT, null);
    JsonNode filters = call(HttpMethod.GET, FILTERS, null);
    JsonNode chosen = null;
    for (JsonNode filter : filters) {
      if (chosen == null || filter.path("properties").path("priority").asInt() < chosen.path("properties").path("priority").asInt()) {
        chosen = filter;
      }
    }
    if (chosen == null) {
      throw new IllegalStateException(user + " may read no Tasklist filter");
    }
    filterId = chosen.path("id").asText();
    filterName = chosen.path("name").asText();
    return refresh();
  }

  /** The chosen filter's first page again, as Tasklist's refresh lists it. */
  Shown refresh() {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("processVariables", List.of());
    query.put("taskVariables", List.of());
    query.put("caseInstanceVariables", List.of());
    query.put("firstResult", 0);
    query.put("maxResults", PAGE);
    query.put("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
    query.put("active", true);
    JsonNode list = call(HttpMethod.POST,
        WebappSession.engineApi("/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE), query);
    JsonNode tasks = list.path("_embedded").path("task");
    int variables = 0;
    for (JsonNode task : tasks) {
      variables += task.path("_embedded").path("variable").size();
    }
    return new Shown(filterName, tasks.size(), list.path("count").asLong(), variables);
  }

  private JsonNode call(HttpMethod method, String path, Object body) {
    ResponseEntity<String> answer = session.send(method, path, body, ACCEPT);
    if (answer.getStatusCode().value() != 200) {
      throw new IllegalStateException(method + " " + path + " as " + user + " answered " + answer.getStatusCode() + ": " + answer.getBody());
    }
    try {
      return JSON.readTree(answer.getBody());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the page shows: the filter, its tasks on the page, their count, and the column values sent with them. */
  record Shown(String filter, int tasks, long count, int variables) {

    @Override
    public String toString() {
      return "(" + filter + ": " + tasks + " of " + count + " tasks, " + variables + " column values)";
    }
  }
}
