package id.go.pemda.bandwidth.process.escalation;

import static id.go.pemda.bandwidth.process.form.FormTaskListener.currentUser;

import id.go.pemda.bandwidth.process.contract.LoopEscalationContract;
import id.go.pemda.bandwidth.process.form.FormContract;
import id.go.pemda.bandwidth.process.form.FormTaskListener;
import id.go.pemda.bandwidth.process.view.TransitionViews;
import id.go.pemda.bandwidth.transition.LoopCounter;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The user task of {@code bpmn/loop-escalation.bpmn}. */
@Configuration(proxyBeanMethods = false)
class LoopEscalationTasks {

  private static final String FOLLOW_UP_NOTES = "followUpNotes";

  /** Task_ReviewRepeatedLoop: the Kepala Diskominfo or the Sekda notes what they did about a loop. */
  @Bean
  FormTaskListener reviewRepeatedLoopTask(LoopCounter counter, TransitionViews views) {
    return new FormTaskListener(
        FormContract.of("form-review-repeated-loop", List.of(FOLLOW_UP_NOTES), TransitionViews.REPEATED_LOOP),
        task -> views.repeatedLoop(LoopEscalationContract.OPD_CODE.from(task),
            counter.escalation(LoopEscalationContract.LOOP_ESCALATION_ID.from(task)).orElseThrow()),
        (task, input) -> counter.followUp(
            LoopEscalationContract.LOOP_ESCALATION_ID.from(task), input.text(FOLLOW_UP_NOTES), currentUser(task)));
  }
}
