package id.go.pemda.bandwidth.ops;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches requests whose remote address (the TCP peer, {@link HttpServletRequest#getRemoteAddr()},
 * not a forwarded header) is one of the configured scrape addresses: single IP addresses or CIDR
 * ranges, IPv4 or IPv6. A malformed entry stops start-up.
 */
public final class ScrapeAddresses implements RequestMatcher {

  private final List<IpAddressMatcher> addresses;

  public ScrapeAddresses(List<String> addresses) {
    this.addresses =
        addresses.stream().map(String::strip).filter(address -> !address.isEmpty()).map(IpAddressMatcher::new).toList();
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    String remote = request.getRemoteAddr();
    return remote != null && addresses.stream().anyMatch(address -> address.matches(remote));
  }

  public boolean isEmpty() {
    return addresses.isEmpty();
  }
}
