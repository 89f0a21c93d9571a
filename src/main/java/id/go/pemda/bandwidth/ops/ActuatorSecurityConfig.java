package id.go.pemda.bandwidth.ops;

import id.go.pemda.bandwidth.web.CamundaIdentityAuthenticationProvider;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * {@code /actuator/**}: its own chain, ahead of the application's two (its paths are neither
 * {@code /api/**} nor anything the webapps use, so their order is untouched). HTTP Basic against
 * the Camunda identity, as {@code /api/**}; stateless, no session cookie.
 *
 * <ul>
 *   <li>{@code /actuator/health} and its groups {@code /actuator/health/liveness} and
 *       {@code /actuator/health/readiness}: open, so a load balancer, an orchestrator or the
 *       image's {@code HEALTHCHECK} can probe them without an account; anonymous callers see the
 *       status only, the components and their details are for a Camunda administrator
 *       ({@code management.endpoint.health.roles}).
 *   <li>{@code /actuator/info} (version, build time, git commit, Java): a Camunda administrator,
 *       as below: a version tells an attacker which known flaws to try.
 *   <li>{@code /actuator/prometheus}: a Camunda administrator, or a request from one of
 *       {@code bandwidth.ops.scrape-addresses}.
 *   <li>anything else under {@code /actuator}: a Camunda administrator.
 * </ul>
 */
@Configuration
public class ActuatorSecurityConfig {

  /** The Camunda administrators' group ({@code camunda-admin}). */
  public static final String ADMINISTRATORS = Groups.CAMUNDA_ADMIN;

  @Bean
  @Order(0)
  SecurityFilterChain actuator(
      HttpSecurity http, CamundaIdentityAuthenticationProvider identity, OpsProperties properties)
      throws Exception {
    AuthorizationManager<RequestAuthorizationContext> scrape =
        prometheusAccess(new ScrapeAddresses(properties.scrapeAddresses()));
    return http.securityMatcher("/actuator/**")
        .authenticationProvider(identity)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/prometheus")
                    .access(scrape)
                    .anyRequest()
                    .hasAuthority(ADMINISTRATORS))
        .httpBasic(basic -> basic.realmName("bandwidth-transition"))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** A Camunda administrator, or a request from a scrape address (no login needed there). */
  static AuthorizationManager<RequestAuthorizationContext> prometheusAccess(ScrapeAddresses scrapers) {
    AuthorizationManager<RequestAuthorizationContext> fromScraper =
        (authentication, context) -> new AuthorizationDecision(scrapers.matches(context.getRequest()));
    return AuthorizationManagers.anyOf(
        fromScraper, AuthorityAuthorizationManager.<RequestAuthorizationContext>hasAuthority(ADMINISTRATORS));
  }
}
