package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.coordination.SizingService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SizeBandwidth: a recommended plan for every site of the survey, from the sizing table. */
@Component("sizeBandwidth")
public class SizeBandwidthDelegate implements JavaDelegate {

  private final SizingService sizing;

  public SizeBandwidthDelegate(SizingService sizing) {
    this.sizing = sizing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sizing.recommend(TransitionContract.TRANSITION_ID.from(execution));
  }
}
