package id.go.pemda.bandwidth.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's session with the Camunda webapps: logged in with the CSRF token, then calling
 * Tasklist's own API ({@code /camunda/api/engine/...}) with the session cookie and the
 * {@code X-XSRF-TOKEN} header, as Tasklist does. Login changes the session, so the token is
 * fetched again afterwards.
 */
public final class WebappSession {

  private final TestRestTemplate http;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final int loginStatus;

  private WebappSession(TestRestTemplate http, String user, String password, String application) {
    this.http = http;
    get("/camunda/app/" + application + "/default/");
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login =
        http.exchange("/camunda/api/admin/auth/user/default/login/" + application, HttpMethod.POST,
            new HttpEntity<>(form, headers), String.class);
    remember(login);
    this.loginStatus = login.getStatusCode().value();
    get("/camunda/app/" + application + "/default/");
  }

  public static WebappSession login(TestRestTemplate http, String user, String application) {
    return new WebappSession(http, user, "demo", application);
  }

  public int loginStatus() {
    return loginStatus;
  }

  public ResponseEntity<String> get(String path) {
    ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
    remember(answer);
    return answer;
  }

  public ResponseEntity<String> post(String path, Object jsonBody) {
    return send(HttpMethod.POST, path, jsonBody);
  }

  public ResponseEntity<String> send(HttpMethod method, String path, Object jsonBody) {
    return send(method, path, jsonBody, null);
  }

  /**
   * A call with the {@code Accept} header Tasklist's API client sends ({@code application/hal+json,
   * application/json; q=0.5}), under which the engine answers lists in HAL.
   */
  public ResponseEntity<String> send(HttpMethod method, String path, Object jsonBody, String accept) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (accept != null) {
      headers.set(HttpHeaders.ACCEPT, accept);
    }
    ResponseEntity<String> answer = http.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
    remember(answer);
    return answer;
  }

  /** Tasklist's own path to the engine API. */
  public static String engineApi(String path) {
    return "/camunda/api/engine/engine/default" + path;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    List<String> pairs = new ArrayList<>();
    cookies.forEach((name, value) -> pairs.add(name + "=" + value));
    if (!pairs.isEmpty()) {
      headers.add(HttpHeaders.COOKIE, String.join("; ", pairs));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private void remember(ResponseEntity<?> answer) {
    for (String cookie : answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String pair = cookie.contains(";") ? cookie.substring(0, cookie.indexOf(';')) : cookie;
      int equals = pair.indexOf('=');
      cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
    }
  }
}
