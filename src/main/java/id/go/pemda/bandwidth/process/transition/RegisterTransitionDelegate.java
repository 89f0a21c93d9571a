package id.go.pemda.bandwidth.process.transition;

import id.go.pemda.bandwidth.campaign.Campaign;
import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.campaign.OpdPriority;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.identity.InstanceAccess;
import id.go.pemda.bandwidth.process.contract.TransitionContract;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterTransition: records the transition row, the OPD's candidate group (which may
 * read this instance, and no other OPD's), the task priority that puts frontline OPDs first in
 * every Tasklist, and the two conditions the budget branch waits for, both false.
 */
@Component("registerTransition")
public class RegisterTransitionDelegate implements JavaDelegate {

  private final TransitionService transitions;
  private final CampaignService campaigns;
  private final InstanceAccess access;

  public RegisterTransitionDelegate(TransitionService transitions, CampaignService campaigns, InstanceAccess access) {
    this.transitions = transitions;
    this.campaigns = campaigns;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String opdCode = TransitionContract.OPD_CODE.from(execution);
    Long campaignId = TransitionContract.CAMPAIGN_ID.from(execution);
    Campaign campaign = campaigns.require(campaignId);
    int priorityClass = campaigns.priorityClassOf(campaignId, opdCode);
    OpdTransition transition =
        transitions.register(
            campaignId, opdCode, campaign.fiscalYear(), campaign.transitionDeadline(), execution.getProcessInstanceId());
    TransitionContract.TRANSITION_ID.set(execution, transition.id());
    TransitionContract.OPD_GROUP.set(execution, Groups.opd(opdCode));
    access.grantRead(Groups.opd(opdCode), execution.getProcessInstanceId());
    TransitionContract.TASK_PRIORITY.set(execution, OpdPriority.taskPriority(priorityClass));
    TransitionContract.TRANSITION_DEADLINE.set(execution, Date.from(transition.deadline()));
    TransitionContract.NETWORK_READY.set(execution, false);
    TransitionContract.CUT_REQUESTED.set(execution, false);
  }
}
