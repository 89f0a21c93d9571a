package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ChooseSiteRoute: a site already on Icon+ (and agreed so) moves its circuit; any other is ordered. */
@Component("chooseSiteRoute")
public class ChooseSiteRouteDelegate implements JavaDelegate {

  private final ConnectionService connections;

  public ChooseSiteRouteDelegate(ConnectionService connections) {
    this.connections = connections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TransitionContract.SITE_ROUTE.set(execution, connections.routeOf(
        TransitionContract.TRANSITION_ID.from(execution), TransitionContract.SITE_ID.from(execution)));
  }
}
