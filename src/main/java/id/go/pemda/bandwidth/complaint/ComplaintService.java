package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.workflow.EngineClock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final TransitionService transitions;
  private final CampaignService campaigns;

  public ComplaintService(
      ComplaintRepository complaints, TransitionService transitions, CampaignService campaigns) {
    this.complaints = complaints;
    this.transitions = transitions;
    this.campaigns = campaigns;
  }

  public Complaint file(
      Long transitionId, ComplaintStage stage, ComplaintCategory category, String description, String filedBy) {
    OpdTransition transition = transitions.require(transitionId);
    return complaints.save(
        Complaint.file(
            transitionId, transition.opdCode(), stage, category, description, filedBy, EngineClock.now()));
  }

  /** Records Diskominfo's evaluation and closes the complaint; a closed one stays as it was. */
  public Complaint evaluate(Long complaintId, EvaluationResult result, String notes, String evaluator) {
    Complaint complaint = require(complaintId);
    if (complaint.status() == ComplaintStatus.CLOSED) {
      return complaint;
    }
    return complaints.save(complaint.evaluated(result, notes, evaluator, EngineClock.now()));
  }

  @Transactional(readOnly = true)
  public Complaint require(Long complaintId) {
    return complaints
        .findById(complaintId)
        .orElseThrow(() -> new IllegalStateException("No complaint with id " + complaintId));
  }

  @Transactional(readOnly = true)
  public List<Complaint> history(Long transitionId) {
    return complaints.findByTransitionIdOrderById(transitionId);
  }

  @Transactional(readOnly = true)
  public QuietPeriod quietPeriod(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    List<Complaint> all = complaints.findByTransitionIdOrderById(transitionId);
    long open = all.stream().filter(c -> c.status() == ComplaintStatus.OPEN).count();
    var lastClosed =
        all.stream().map(Complaint::closedAt).filter(Objects::nonNull).max(Instant::compareTo);
    return QuietPeriod.evaluate(
        transition.evaluationStartedAt(),
        campaigns.require(transition.campaignId()).quietPeriodDuration(),
        open,
        lastClosed,
        EngineClock.now());
  }
}
