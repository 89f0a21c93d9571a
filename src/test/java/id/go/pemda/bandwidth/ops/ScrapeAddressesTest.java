package id.go.pemda.bandwidth.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/** Who may read /actuator/prometheus: the rule the actuator chain applies, without a server. */
class ScrapeAddressesTest {

  private static final Supplier<Authentication> ANONYMOUS =
      () -> new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
  private static final Supplier<Authentication> ADMIN =
      () -> UsernamePasswordAuthenticationToken.authenticated("admin", null, AuthorityUtils.createAuthorityList("camunda-admin"));
  private static final Supplier<Authentication> DISKOMINFO =
      () -> UsernamePasswordAuthenticationToken.authenticated("diskominfo", null, AuthorityUtils.createAuthorityList("diskominfo"));

  @Test
  void single_addresses_and_ranges_match_the_remote_address() {
    ScrapeAddresses addresses = new ScrapeAddresses(List.of("10.0.8.0/24", " 192.168.1.7 ", "", "::1"));

    assertThat(addresses.matches(from("10.0.8.42"))).isTrue();
    assertThat(addresses.matches(from("192.168.1.7"))).isTrue();
    assertThat(addresses.matches(from("0:0:0:0:0:0:0:1"))).isTrue();
    assertThat(addresses.matches(from("10.0.9.1"))).isFalse();
    assertThat(addresses.matches(from("192.168.1.8"))).isFalse();
  }

  @Test
  void a_forwarded_header_is_not_the_remote_address() {
    MockHttpServletRequest request = from("203.0.113.9");
    request.addHeader("X-Forwarded-For", "10.0.8.42");

    assertThat(new ScrapeAddresses(List.of("10.0.8.0/24")).matches(request)).isFalse();
  }

  @Test
  void none_configured_matches_nothing() {
    ScrapeAddresses none = new ScrapeAddresses(List.of());

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.matches(from("127.0.0.1"))).isFalse();
  }

  @Test
  void a_malformed_address_stops_start_up() {
    assertThatThrownBy(() -> new ScrapeAddresses(List.of("10.0.8.0/99"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prometheus_is_for_the_administrator_or_a_scrape_address() {
    AuthorizationManager<RequestAuthorizationContext> access =
        ActuatorSecurityConfig.prometheusAccess(new ScrapeAddresses(List.of("10.0.8.5")));

    assertThat(granted(access, ANONYMOUS, "10.0.8.5")).isTrue();
    assertThat(granted(access, DISKOMINFO, "10.0.8.5")).isTrue();
    assertThat(granted(access, ADMIN, "127.0.0.1")).isTrue();
    assertThat(granted(access, ANONYMOUS, "127.0.0.1")).isFalse();
    assertThat(granted(access, DISKOMINFO, "127.0.0.1")).isFalse();
  }

  @Test
  void without_scrape_addresses_only_the_administrator_reads_prometheus() {
    AuthorizationManager<RequestAuthorizationContext> access =
        ActuatorSecurityConfig.prometheusAccess(new ScrapeAddresses(List.of()));

    assertThat(granted(access, ADMIN, "10.0.8.5")).isTrue();
    assertThat(granted(access, ANONYMOUS, "10.0.8.5")).isFalse();
  }

  private static boolean granted(
      AuthorizationManager<RequestAuthorizationContext> access, Supplier<Authentication> who, String remote) {
    var decision = access.authorize(who, new RequestAuthorizationContext(from(remote)));
    return decision != null && decision.isGranted();
  }

  private static MockHttpServletRequest from(String remoteAddress) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
    request.setRemoteAddr(remoteAddress);
    return request;
  }
}
