package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.connection.ConnectionService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PrepareSiteConnections: one connection row per approved site; the transition is now connecting its sites. */
@Component("prepareSiteConnections")
public class PrepareSiteConnectionsDelegate implements JavaDelegate {

  private final ConnectionService connections;

  public PrepareSiteConnectionsDelegate(ConnectionService connections) {
    this.connections = connections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    connections.sitesToConnect(TransitionContract.TRANSITION_ID.from(execution));
  }
}
