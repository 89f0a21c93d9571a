package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.connection.OrderView;
import id.go.pemda.bandwidth.coordination.PlanSummary;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.site.SiteRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The order of the site a task is about, as the order forms show it. */
@Component
public class SiteOrders {

  static final String PROVIDER_STATUS = "viewProviderStatus";
  /** What the follow-up forms of an overdue installation show: the order and Icon+'s last word on it. */
  static final List<String> FOLLOW_UP_VIEWS = followUpViews();

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

  /** The order view with the order's status as Icon+ last reported it ({@link #FOLLOW_UP_VIEWS}). */
  public Map<String, Object> followUpView(DelegateTask task) {
    Map<String, Object> shown = view(task);
    shown.put(PROVIDER_STATUS, connections.providerStatus(TransitionContract.CONNECTION_ORDER_ID.from(task)));
    return shown;
  }

  private static List<String> followUpViews() {
    List<String> views = new ArrayList<>(OrderView.VIEWS);
    views.add(PROVIDER_STATUS);
    return List.copyOf(views);
  }
}
