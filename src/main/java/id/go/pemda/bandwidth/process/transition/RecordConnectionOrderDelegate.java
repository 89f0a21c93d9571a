package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RecordConnectionOrder: a new attempt to connect this site, kept local to the site's scope. */
@Component("recordConnectionOrder")
public class RecordConnectionOrderDelegate implements JavaDelegate {

  private final ConnectionService connections;

  public RecordConnectionOrderDelegate(ConnectionService connections) {
    this.connections = connections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConnectionOrder order = connections.recordOrder(
        TransitionContract.TRANSITION_ID.from(execution), TransitionContract.SITE_ID.from(execution));
    TransitionContract.CONNECTION_ORDER_ID.set(execution, order.id());
  }
}
