package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.coordination.BandwidthPlan;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.iconplus.IconPlusException;
import id.go.pemda.bandwidth.iconplus.IconPlusPort;
import id.go.pemda.bandwidth.iconplus.IconPlusProperties;
import id.go.pemda.bandwidth.shared.Wita;
import id.go.pemda.bandwidth.survey.SurveyAnswer;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ConnectionService {

  private final ConnectionOrderRepository orders;
  private final CoordinationService coordination;
  private final SurveyService surveys;
  private final TransitionService transitions;
  private final IconPlusPort provider;
  private final IconPlusProperties iconPlus;
  private final Clock clock;

  public ConnectionService(
      ConnectionOrderRepository orders,
      CoordinationService coordination,
      SurveyService surveys,
      TransitionService transitions,
      IconPlusPort provider,
      IconPlusProperties iconPlus, Clock clock) {
    this.orders = orders;
    this.coordination = coordination;
    this.surveys = surveys;
    this.transitions = transitions;
    this.provider = provider;
    this.iconPlus = iconPlus;
    this.clock = clock;
  }

  /** Records the order for an approved plan; a retry finds the order already recorded. */
  public ConnectionOrder recordOrder(Long planId) {
    return orders
        .findByPlanId(planId)
        .orElseGet(
            () -> {
              BandwidthPlan plan = coordination.require(planId);
              OpdTransition transition = transitions.moveTo(plan.transitionId(), TransitionStatus.CONNECTION);
              return orders.save(
                  ConnectionOrder.record(
                      plan.transitionId(), planId, transition.opdCode(), plan.agreedMbps(),
                      surveys.requireLatest(plan.transitionId()).siteAddress(), clock.instant()));
            });
  }

  /**
   * Sends the order to Icon+ (idempotent: a retry repeats the attempt's key and Icon+ answers
   * with the order it already has) and starts the installation SLA.
   */
  public ConnectionOrder sendOrder(Long orderId) {
    ConnectionOrder order = require(orderId);
    if (order.status() != OrderStatus.ORDERED) {
      return order;
    }
    SurveyAnswer survey = surveys.requireLatest(order.transitionId());
    Instant now = clock.instant();
    Instant dueAt = now.plus(iconPlus.installationSla());
    IconPlusPort.ProviderReceipt receipt =
        provider.createOrder(
            new IconPlusPort.OrderRequest(
                order.idempotencyKey(), order.opdCode(), order.siteAddress(), order.bandwidthMbps(),
                survey.contactName(), survey.contactPhone(), dueAt.atZone(Wita.ZONE).toLocalDate()));
    return orders.save(order.sent(receipt.id(), now, dueAt));
  }

  /**
   * What Icon+ says about the order now, for Diskominfo chasing it; a provider that cannot be
   * reached is said so instead of failing the step.
   */
  @Transactional(readOnly = true)
  public String providerStatus(Long orderId) {
    ConnectionOrder order = require(orderId);
    if (order.providerOrderId() == null) {
      return "belum terkirim ke Icon+";
    }
    try {
      return provider.orderStatus(order.providerOrderId()).status();
    } catch (IconPlusException e) {
      return "tidak dapat dibaca: " + e.getMessage();
    }
  }

  /** Icon+ could not install: Diskominfo decides with the reason in view. */
  public ConnectionOrder recordFailure(Long orderId, String reason) {
    return orders.save(require(orderId).failed(reason));
  }

  /** Diskominfo sends a failed order again: a new attempt with a new idempotency key. */
  public ConnectionOrder prepareResend(Long orderId) {
    return orders.save(require(orderId).nextAttempt());
  }

  public ConnectionOrder reschedule(Long orderId, Instant dueAt) {
    return orders.save(require(orderId).rescheduled(dueAt));
  }

  /** The circuit Icon+ installed for a transition, once installed. */
  @Transactional(readOnly = true)
  public Optional<String> circuitOf(Long transitionId) {
    return orders.findFirstByTransitionIdOrderByIdDesc(transitionId).map(ConnectionOrder::circuitId);
  }

  @Transactional(readOnly = true)
  public Optional<ConnectionOrder> findByProviderOrderId(String providerOrderId) {
    return orders.findByProviderOrderId(providerOrderId);
  }

  public ConnectionOrder recordInstallation(
      Long orderId, LocalDate installedOn, String circuitId, int installedMbps, String reportedBy) {
    ConnectionOrder order = require(orderId);
    transitions.moveTo(order.transitionId(), TransitionStatus.ACCEPTANCE);
    return orders.save(order.installed(installedOn, circuitId, installedMbps, reportedBy));
  }

  @Transactional(readOnly = true)
  public ConnectionOrder require(Long orderId) {
    return orders.findById(orderId).orElseThrow(() -> new IllegalStateException("No order with id " + orderId));
  }
}
