package id.go.pemda.bandwidth.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rule of a loop that goes round: the Kepala Diskominfo once at the first limit, the Sekda at every round from the second. */
class EscalationLimitsTest {

  @Test
  void the_kadis_hears_at_the_first_limit_and_the_sekda_at_every_round_from_the_second() {
    EscalationLimits limits = new EscalationLimits(3, 5);

    assertThat(IntStream.rangeClosed(1, 7).mapToObj(limits::levelAt)).containsExactly(
        EscalationLevel.NONE, EscalationLevel.NONE, EscalationLevel.KADIS, EscalationLevel.NONE,
        EscalationLevel.SEKDA, EscalationLevel.SEKDA, EscalationLevel.SEKDA);
  }

  @Test
  void a_pemda_may_escalate_from_the_first_round() {
    EscalationLimits limits = new EscalationLimits(1, 2);

    assertThat(limits.levelAt(1)).isEqualTo(EscalationLevel.KADIS);
    assertThat(limits.levelAt(2)).isEqualTo(EscalationLevel.SEKDA);
  }

  @Test
  void the_sekda_limit_must_be_above_the_kadis_limit() {
    assertThatThrownBy(() -> new EscalationLimits(3, 3)).hasMessageContaining("kadis-after < sekda-after");
    assertThatThrownBy(() -> new EscalationLimits(0, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
