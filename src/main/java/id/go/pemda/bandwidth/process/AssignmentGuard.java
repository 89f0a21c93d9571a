package id.go.pemda.bandwidth.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A task may only be held by a member of its candidate groups. Whoever may work on a task may
 * also claim it "for" another user, and the engine would then give that user rights on the task:
 * an OPD operator could hand a survey to the Sekda, or a Diskominfo user take an OPD's task.
 * This listener, added to every user task at deployment, refuses such an assignment.
 */
@Component
public class AssignmentGuard extends AbstractProcessEnginePlugin implements TaskListener {

  private final IdentityService identity;

  public AssignmentGuard(@Lazy IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            task.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, AssignmentGuard.this);
          }
        });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    List<String> groups =
        task.getCandidates().stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .filter(group -> group != null)
            .toList();
    boolean member =
        groups.isEmpty()
            || groups.stream().anyMatch(group -> identity.createUserQuery().userId(assignee).memberOfGroup(group).count() > 0);
    if (!member) {
      throw new AuthorizationException(
          "Tugas '" + task.getName() + "' hanya boleh dipegang anggota grup " + String.join(", ", groups)
              + "; " + assignee + " bukan anggota");
    }
  }
}
