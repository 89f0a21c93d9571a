package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.shared.Wita;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A connection order as the forms show it. */
public final class OrderView {

  public static final String FAILURE_REASON = "viewFailureReason";
  public static final List<String> VIEWS =
      List.of("viewOrderNumber", "viewProviderOrderId", "viewOpd", "viewSite", "viewOrderedBandwidth",
          "viewSiteAddress", "viewInstallationDue");

  private OrderView() {}

  /**
   * @param opdName the OPD as forms name it
   * @param siteName the site the order connects
   */
  public static Map<String, Object> of(ConnectionOrder order, String opdName, String siteName) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("viewOrderNumber", "ORD-" + order.id() + " (percobaan " + order.attempt() + ")");
    view.put("viewProviderOrderId", order.providerOrderId() == null ? "belum terkirim" : order.providerOrderId());
    view.put("viewOpd", opdName);
    view.put("viewSite", siteName);
    view.put("viewOrderedBandwidth", order.bandwidthMbps() + " Mbps");
    view.put("viewSiteAddress", order.siteAddress());
    view.put("viewInstallationDue", Wita.format(order.installationDueAt()));
    return view;
  }

  /** Why Icon+ could not install, or why Diskominfo withdrew the order. */
  public static Map<String, Object> failure(ConnectionOrder order) {
    String reason = order.cancellationReason() != null
        ? "Dibatalkan Diskominfo: " + order.cancellationReason()
        : order.failureReason();
    return reason == null ? Map.of() : Map.of(FAILURE_REASON, reason);
  }
}
