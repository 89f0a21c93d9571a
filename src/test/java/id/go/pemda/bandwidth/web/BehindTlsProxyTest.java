package id.go.pemda.bandwidth.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.pemda.bandwidth.support.ApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Behind a TLS proxy the webapps' cookies are Secure; without one they stay usable over plain HTTP. */
@ApplicationTest
class BehindTlsProxyTest {

  @Autowired TestRestTemplate http;

  @Test
  void the_session_and_csrf_cookies_are_secure_when_the_proxy_says_https() {
    HttpHeaders forwarded = new HttpHeaders();
    forwarded.set("X-Forwarded-Proto", "https");
    forwarded.set("X-Forwarded-For", "203.0.113.7");
    List<String> cookies = cookies(forwarded);
    assertThat(cookies).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));
    assertThat(cookies).allMatch(cookie -> cookie.contains("Secure"), "every cookie Secure");
  }

  @Test
  void over_plain_http_without_a_proxy_the_cookies_are_not_secure() {
    assertThat(cookies(new HttpHeaders())).anyMatch(cookie -> cookie.startsWith("JSESSIONID="))
        .noneMatch(cookie -> cookie.contains("Secure"));
  }

  private List<String> cookies(HttpHeaders headers) {
    ResponseEntity<String> page = http.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE);
    return cookies == null ? List.of() : cookies;
  }
}
