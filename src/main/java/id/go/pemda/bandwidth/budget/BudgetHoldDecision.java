package id.go.pemda.bandwidth.budget;

/**
 * The Sekda's answer to a complaint filed after the approval, while BPKAD has not recorded the
 * move yet: keep the record held until the complaint is closed, or let BPKAD record now.
 */
public enum BudgetHoldDecision {
  HOLD,
  OVERRIDE
}
