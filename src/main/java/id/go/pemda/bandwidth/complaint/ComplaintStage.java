package id.go.pemda.bandwidth.complaint;

/** When in the transition a complaint was filed. */
public enum ComplaintStage {
  ACCEPTANCE,
  EVALUATION
}
