package id.go.pemda.bandwidth.connection;

import id.go.pemda.bandwidth.coordination.BandwidthPlan;
import id.go.pemda.bandwidth.coordination.CoordinationService;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import id.go.pemda.bandwidth.workflow.EngineClock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ConnectionService {

  private final ConnectionOrderRepository orders;
  private final CoordinationService coordination;
  private final SurveyService surveys;
  private final TransitionService transitions;

  public ConnectionService(
      ConnectionOrderRepository orders,
      CoordinationService coordination,
      SurveyService surveys,
      TransitionService transitions) {
    this.orders = orders;
    this.coordination = coordination;
    this.surveys = surveys;
    this.transitions = transitions;
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
                  new ConnectionOrder(
                      null, plan.transitionId(), planId, transition.opdCode(), plan.agreedMbps(),
                      surveys.requireLatest(plan.transitionId()).siteAddress(), OrderStatus.ORDERED,
                      EngineClock.now(), null, null, null, null));
            });
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
