package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_AdoptCircuit: the site's existing Icon+ circuit joins the central contract. */
@Component("adoptCircuit")
public class AdoptCircuitDelegate implements JavaDelegate {

  private final ConnectionService connections;

  public AdoptCircuitDelegate(ConnectionService connections) {
    this.connections = connections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    connections.adoptCircuit(TransitionContract.TRANSITION_ID.from(execution), TransitionContract.SITE_ID.from(execution));
  }
}
