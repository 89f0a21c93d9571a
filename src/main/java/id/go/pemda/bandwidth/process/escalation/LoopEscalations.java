package id.go.pemda.bandwidth.process.escalation;

import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.process.contract.LoopEscalationContract;
import id.go.pemda.bandwidth.shared.DueDate;
import id.go.pemda.bandwidth.transition.EscalationLevel;
import id.go.pemda.bandwidth.transition.LoopCounter;
import id.go.pemda.bandwidth.transition.LoopEscalation;
import id.go.pemda.bandwidth.transition.LoopKind;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Counts one round of a loop ({@link LoopCounter}) and, when the round passes a limit, tells the
 * Kepala Diskominfo or the Sekda: an instance of {@link LoopEscalationContract} of the OPD, with
 * its own task. The loop itself goes on as modelled.
 */
@Component
public class LoopEscalations {

  /** How long the Kepala or the Sekda has to follow up. */
  static final int FOLLOW_UP_DAYS = 3;

  private final LoopCounter counter;
  private final RuntimeService runtime;
  private final Clock clock;

  public LoopEscalations(LoopCounter counter, RuntimeService runtime, Clock clock) {
    this.counter = counter;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** One more round of {@code kind}; the escalation it raised, if any. */
  public LoopEscalation round(LoopKind kind, String opdCode, Long ownerId, Long siteId) {
    LoopEscalation escalation = counter.count(kind, opdCode, ownerId, siteId);
    if (escalation.escalates()) {
      runtime.startProcessInstanceByKey(LoopEscalationContract.KEY, opdCode, Map.of(
          LoopEscalationContract.LOOP_ESCALATION_ID.name(), escalation.id(),
          LoopEscalationContract.ESCALATION_ROLE.name(), role(escalation.level()),
          LoopEscalationContract.OPD_CODE.name(), opdCode,
          LoopEscalationContract.FOLLOW_UP_DUE_AT.name(), Date.from(DueDate.endOfDayIn(clock, counter.zoneOf(opdCode), FOLLOW_UP_DAYS))));
    }
    return escalation;
  }

  private static String role(EscalationLevel level) {
    return level == EscalationLevel.SEKDA ? Groups.SEKDA : Groups.KADIS_DISKOMINFO;
  }
}
