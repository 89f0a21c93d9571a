package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.Wita;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A connection order as the forms show it. */
public final class OrderView {

  public static final String FAILURE_REASON = "viewFailureReason";
  public static final List<String> VIEWS =
      List.of("viewOrderNumber", "viewProviderOrderId", "viewOpd", "viewOrderedBandwidth", "viewSiteAddress",
          "viewInstallationDue", FAILURE_REASON);

  private OrderView() {}

  public static Map<String, Object> of(ConnectionOrder order) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("viewOrderNumber", "ORD-" + order.id() + " (percobaan " + order.attempt() + ")");
    view.put("viewProviderOrderId", order.providerOrderId() == null ? "-" : order.providerOrderId());
    view.put("viewOpd", order.opdCode());
    view.put("viewOrderedBandwidth", order.bandwidthMbps() + " Mbps");
    view.put("viewSiteAddress", order.siteAddress());
    view.put("viewInstallationDue", Wita.format(order.installationDueAt()));
    view.put(FAILURE_REASON, order.failureReason() == null ? "-" : order.failureReason());
    return view;
  }
}
