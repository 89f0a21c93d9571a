package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderView;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.site.SiteRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The order of the site a task is about, as the order forms show it. */
@Component
public class SiteOrders {

  private final ConnectionService connections;
  private final PlanSummary summary;
  private final SiteRegistry sites;

  public SiteOrders(ConnectionService connections, PlanSummary summary, SiteRegistry sites) {
    this.connections = connections;
    this.summary = summary;
    this.sites = sites;
  }

  public ConnectionOrder orderOf(DelegateTask task) {
    return connections.requireOrder(TransitionContract.CONNECTION_ORDER_ID.from(task));
  }

  public Map<String, Object> view(DelegateTask task) {
    ConnectionOrder order = orderOf(task);
    return new LinkedHashMap<>(OrderView.of(order, summary.opdName(order.opdCode()), sites.require(order.siteId()).name()));
  }
}
