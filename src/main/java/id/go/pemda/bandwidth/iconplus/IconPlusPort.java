package id.go.pemda.bandwidth.iconplus;

import java.time.LocalDate;

/**
 * What the application asks of Icon+. Every create call carries an idempotency key: asking
 * again with the same key returns the first answer instead of creating a second order.
 */
public interface IconPlusPort {

  ProviderReceipt createOrder(OrderRequest order);

  ProviderReceipt createTroubleTicket(TicketRequest ticket);

  ProviderReceipt orderStatus(String providerOrderId);

  /** Withdraws an order Icon+ could not carry out; asking again with the same key changes nothing. */
  ProviderReceipt cancelOrder(String providerOrderId, String idempotencyKey, String reason);

  record OrderRequest(
      String idempotencyKey,
      String opdCode,
      String siteName,
      String siteAddress,
      int bandwidthMbps,
      String contactName,
      String contactPhone,
      LocalDate requestedDate) {}

  record TicketRequest(
      String idempotencyKey, String opdCode, String circuitId, String category, String description) {}

  /** The id Icon+ gave the order or ticket, and its status there. */
  record ProviderReceipt(String id, String status) {}
}
