package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelConnectionOrder (asynchronous, retried): tells Icon+ the order is withdrawn, so an order
 * already sent is never silently dropped. */
@Component("cancelConnectionOrder")
public class CancelConnectionOrderDelegate implements JavaDelegate {

  private final ConnectionService connections;

  public CancelConnectionOrderDelegate(ConnectionService connections) {
    this.connections = connections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    connections.cancelAtProvider(TransitionContract.CONNECTION_ORDER_ID.from(execution));
  }
}
