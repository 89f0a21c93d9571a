package id.go.pemda.bandwidth.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.go.pemda.bandwidth.shared.FieldError;
import id.go.pemda.bandwidth.shared.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Sekda's "putus saja" without an engine or a database: which OPD the code names, and
 * whether its budget can still be cut.
 */
class ForceCutServiceTest {

  private final TransitionService transitions = mock(TransitionService.class);
  private final RunningTransitions running = mock(RunningTransitions.class);
  private final ForceCutService forceCut = new ForceCutService(transitions, running);

  @Test
  void a_running_transition_whose_budget_is_still_with_the_opd_is_cut_and_told() {
    OpdTransition transition = transition("PPU.DINKES", TransitionStatus.CONNECTION);
    when(transitions.latestOf("PPU.DINKES")).thenReturn(Optional.of(transition));
    when(running.isRunning("instance-1")).thenReturn(true);

    assertThat(forceCut.cut("ppu", "dinkes", "Putus saja", "sekda")).isEqualTo(transition);

    verify(transitions).recordDecision(7L, ForceCutService.DECISION_STEP, OverdueDecision.FORCE_REVOCATION, "Putus saja", "sekda");
    verify(transitions).recordCutRequested(7L);
    verify(running).requestCut("instance-1");
  }

  @Test
  void another_pemdas_opd_is_never_found() {
    assertRefused("samarinda", "ppu.dinkes", "PPU.DINKES");
    verify(transitions, never()).latestOf("PPU.DINKES");
  }

  @Test
  void a_budget_already_moving_or_a_process_that_no_longer_runs_cannot_be_cut() {
    when(transitions.latestOf("PPU.DISDIK")).thenReturn(Optional.of(transition("PPU.DISDIK", TransitionStatus.BUDGET_REVOCATION)));
    when(transitions.latestOf("PPU.DINKES")).thenReturn(Optional.of(transition("PPU.DINKES", TransitionStatus.SURVEY)));
    when(running.isRunning("instance-1")).thenReturn(false);

    assertRefused("ppu", "DISDIK", "PPU.DISDIK");
    assertRefused("ppu", "DINKES", "PPU.DINKES");
    assertRefused("ppu", "BAPPEDA", "PPU.BAPPEDA");
    verify(running, never()).requestCut("instance-1");
  }

  private void assertRefused(String tenant, String given, String opdCode) {
    assertThatThrownBy(() -> forceCut.cut(tenant, given, "Putus saja", "sekda"))
        .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.errors()).containsExactly(new FieldError(
            "opdCode", "OPD " + opdCode + " tidak sedang dalam transisi yang anggarannya masih dapat dipotong"
                + " (belum dimulai, sudah dipotong, atau anggarannya sudah dipindahkan)")));
  }

  private static OpdTransition transition(String opdCode, TransitionStatus status) {
    return OpdTransition.start(opdCode, 2027).id(7L).status(status).processInstanceId("instance-1").build();
  }
}
