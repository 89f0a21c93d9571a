package id.go.pemda.bandwidth.process.campaign;

import static id.go.pemda.bandwidth.process.form.FormTaskListener.currentUser;

import id.go.pemda.bandwidth.process.contract.CampaignContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user tasks of {@code bpmn/bandwidth-campaign.bpmn}. */
@Configuration(proxyBeanMethods = false)
class CampaignTasks {

  private static final String FOLLOW_UP_NOTES = "followUpNotes";

  /**
   * Task_TakeOverUnfinishedOpd: the program ended with this OPD still in transition; the Sekda
   * notes what happens to it (its transition goes on; a cut is the Sekda's "putus saja").
   */
  @Bean
  FormTaskListener takeOverUnfinishedOpdTask(TransitionViews views, TransitionService transitions) {
    return new FormTaskListener(
        FormContract.of("form-take-over-unfinished-opd", List.of(FOLLOW_UP_NOTES), TransitionViews.UNFINISHED_OPD),
        task -> views.unfinishedOpd(CampaignContract.UNFINISHED_TRANSITION_ID.from(task)),
        (task, input) -> transitions.recordFollowUp(CampaignContract.UNFINISHED_TRANSITION_ID.from(task),
            task.getTaskDefinitionKey(), input.text(FOLLOW_UP_NOTES), currentUser(task)));
  }
}
