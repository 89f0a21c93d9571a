package id.go.pemda.bandwidth.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which loops end with what: a repair still down with its complaint, every other loop with the transition. */
class LoopOwnerTest {

  @Test
  void a_repair_still_down_belongs_to_its_complaint_and_every_other_loop_to_the_transition() {
    assertThat(Arrays.stream(LoopKind.values()).filter(LoopOwner.COMPLAINT::owns)).containsExactly(LoopKind.STILL_DOWN);
    assertThat(Arrays.stream(LoopKind.values()).filter(LoopOwner.TRANSITION::owns))
        .hasSize(LoopKind.values().length - 1)
        .doesNotContain(LoopKind.STILL_DOWN);
  }
}
