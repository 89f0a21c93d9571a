package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionOrder;
import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendConnectionOrder (asynchronous, retried): sends the order to Icon+ and starts the installation SLA
 * and its escalation schedule. When retries are spent it is an incident in Cockpit. */
@Component("sendConnectionOrder")
public class SendConnectionOrderDelegate implements JavaDelegate {

  private final ConnectionService connections;

  public SendConnectionOrderDelegate(ConnectionService connections) {
    this.connections = connections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConnectionOrder order = connections.sendOrder(TransitionContract.CONNECTION_ORDER_ID.from(execution));
    TransitionContract.INSTALLATION_DUE_AT.set(execution, Date.from(order.installationDueAt()));
    TransitionContract.INSTALLATION_HEAD_ESCALATION_AT.set(execution, Date.from(order.headEscalationAt()));
    TransitionContract.INSTALLATION_SEKDA_ESCALATION_AT.set(execution, Date.from(order.sekdaEscalationAt()));
  }
}
