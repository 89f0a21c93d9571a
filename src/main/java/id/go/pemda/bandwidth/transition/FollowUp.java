package id.go.pemda.bandwidth.transition;

/** What a reminder or an escalation task records: someone followed up, in their own words. */
public enum FollowUp {
  FOLLOWED_UP
}
