package id.go.pemda.bandwidth.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Over HTTPS (directly, or behind a TLS proxy that says so) every cookie the application sets is
 * {@code Secure}. Tomcat marks its session cookie itself; Camunda's webapps write their CSRF
 * cookie ({@code XSRF-TOKEN}) as a raw header with a fixed setting, which over plain HTTP (the
 * demo) must stay without the flag, so the flag is added here, per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class SecureCookies extends OncePerRequestFilter {

  private static final String SECURE = "Secure";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.isSecure();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void addHeader(String name, String value) {
        super.addHeader(name, secured(name, value));
      }

      @Override
      public void setHeader(String name, String value) {
        super.setHeader(name, secured(name, value));
      }
    });
  }

  private static String secured(String name, String value) {
    if (value == null || !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
      return value;
    }
    for (String attribute : value.split(";")) {
      if (attribute.strip().equalsIgnoreCase(SECURE)) {
        return value;
      }
    }
    return value + ";" + SECURE;
  }
}
