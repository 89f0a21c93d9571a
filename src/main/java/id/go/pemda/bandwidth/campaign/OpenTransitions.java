package id.go.pemda.bandwidth.campaign;

import java.util.Optional;

/**
 * The campaign's port to the OPDs' transitions (implemented by the transition feature, which
 * depends on the campaign): one OPD is in at most one open transition at a time.
 */
public interface OpenTransitions {

  /** Why the OPD cannot start another transition now (the one it is still in), if it cannot. */
  Optional<String> openTransitionOf(String opdCode);
}
