package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.SiteConnection;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The lookups behind the transition's two multi-instance sub-processes
 * ({@code ${transitionSites.ids(transitionId)}}, {@code ${transitionSites.withOwnIsp(transitionId)}}):
 * the sites live in the application's tables, not in a process variable. Read only.
 */
@Component("transitionSites")
public class TransitionSites {

  private final ConnectionService connections;

  public TransitionSites(ConnectionService connections) {
    this.connections = connections;
  }

  /** Every site being connected, in the plan's order. */
  public List<Long> ids(Long transitionId) {
    return connections.connectionsOf(transitionId).stream().map(SiteConnection::siteId).toList();
  }

  /** Exempted sites: each waits for the end of its exemption. */
  public List<Long> exempted(Long transitionId) {
    return connections.exemptedSites(transitionId);
  }

  /** When a site's exemption ends, for the timer of {@code Event_ExemptionEnds}. */
  public Date exemptionEndsAt(Long transitionId, Long siteId) {
    return Date.from(connections.exemptionEndsAt(transitionId, siteId));
  }

  /** Accepted sites that still pay their own ISP: their old contract ends now. */
  public List<Long> withOwnIsp(Long transitionId) {
    return connections.sitesWithOwnIsp(transitionId);
  }
}
