package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.coordination.BandwidthPlan;
import id.go.pemda.bandwidth.coordination.SizingService;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.survey.SurveyService;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SizeBandwidth: recommends a bandwidth from the latest survey and opens the plan. */
@Component("sizeBandwidth")
public class SizeBandwidthDelegate implements JavaDelegate {

  private final SurveyService surveys;
  private final SizingService sizing;
  private final TransitionService transitions;

  public SizeBandwidthDelegate(SurveyService surveys, SizingService sizing, TransitionService transitions) {
    this.surveys = surveys;
    this.sizing = sizing;
    this.transitions = transitions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long transitionId = TransitionContract.TRANSITION_ID.from(execution);
    BandwidthPlan plan = sizing.recommend(surveys.requireLatest(transitionId));
    transitions.moveTo(transitionId, TransitionStatus.COORDINATION);
    TransitionContract.PLAN_ID.set(execution, plan.id());
  }
}
