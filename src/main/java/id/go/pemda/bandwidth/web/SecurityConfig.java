package id.go.pemda.bandwidth.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.identity.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security guards the application's own API only. The Camunda webapps and the engine
 * REST API keep their own authentication (session login, HTTP Basic filter) and CSRF
 * protection, so the second chain lets their requests through untouched.
 */
@Configuration
public class SecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http, CamundaIdentityAuthenticationProvider identity, ObjectMapper json) throws Exception {
    AuthenticationEntryPoint unauthenticated =
        (request, response, e) -> {
          response.setHeader("WWW-Authenticate", "Basic realm=\"bandwidth-transition\"");
          write(json, response, problem(HttpStatus.UNAUTHORIZED, "Login dengan HTTP Basic (akun Camunda) diperlukan."));
        };
    AccessDeniedHandler forbidden =
        (request, response, e) -> write(json, response, problem(HttpStatus.FORBIDDEN, "Akses ditolak."));
    return http.securityMatcher("/api/**")
        .authenticationProvider(identity)
        .authorizeHttpRequests(
            requests ->
                requests
                    // Icon+ signs its callbacks; the controller checks the signature
                    .requestMatchers(HttpMethod.POST, "/api/iconplus/callbacks")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/budget/lines")
                    .hasAuthority(CallerTenant.role(Groups.BPKAD))
                    .requestMatchers(HttpMethod.GET, "/api/budget/**")
                    .hasAnyAuthority(CallerTenant.role(Groups.BPKAD), CallerTenant.role(Groups.SEKDA))
                    .requestMatchers("/api/admin/**")
                    .hasAuthority(org.camunda.bpm.engine.authorization.Groups.CAMUNDA_ADMIN)
                    .anyRequest()
                    .authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden))
        // stateless Basic authentication: no session cookie, hence no CSRF token to check
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain camundaWebappsAndEngineRest(HttpSecurity http) throws Exception {
    return http.securityMatcher("/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .requestCache(cache -> cache.disable())
        .build();
  }

  private static ProblemDetail problem(HttpStatus status, String detail) {
    return ProblemDetail.forStatusAndDetail(status, detail);
  }

  private static void write(
      ObjectMapper json, jakarta.servlet.http.HttpServletResponse response, ProblemDetail problem)
      throws java.io.IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
