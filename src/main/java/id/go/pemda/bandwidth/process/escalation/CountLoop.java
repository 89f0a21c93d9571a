package id.go.pemda.bandwidth.process.escalation;

import id.go.pemda.bandwidth.process.contract.ComplaintCaseContract;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.LoopKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The models' loop flows count their rounds with one listener:
 * {@code <camunda:executionListener event="take" expression="${countLoop.round(execution, 'ORDER_AGAIN')}"/>}.
 * It reads the owner (the transition, or the complaint of a repair still down) and the site,
 * and hands the round to {@link LoopEscalations}.
 */
@Component("countLoop")
public class CountLoop {

  private final LoopEscalations escalations;

  public CountLoop(LoopEscalations escalations) {
    this.escalations = escalations;
  }

  public void round(DelegateExecution execution, String loop) {
    LoopKind kind = LoopKind.valueOf(loop);
    Long owner = kind.perComplaint()
        ? ComplaintCaseContract.COMPLAINT_ID.from(execution)
        : TransitionContract.TRANSITION_ID.from(execution);
    Long site = kind.perSite() ? TransitionContract.SITE_ID.from(execution) : null;
    escalations.round(kind, execution.getProcessBusinessKey(), owner, site);
  }
}
