package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stored complaints: their evaluation, escalation and the quiet-period rule. */
@Service
@Transactional
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final TroubleTicketRepository tickets;
  private final TransitionService transitions;
  private final CampaignService campaigns;
  private final ComplaintRouting routing;
  private final OpdRegistry registry;
  private final Clock clock;

  public ComplaintService(
      ComplaintRepository complaints,
      TroubleTicketRepository tickets,
      TransitionService transitions,
      CampaignService campaigns,
      ComplaintRouting routing,
      OpdRegistry registry, Clock clock) {
    this.complaints = complaints;
    this.tickets = tickets;
    this.transitions = transitions;
    this.campaigns = campaigns;
    this.routing = routing;
    this.registry = registry;
    this.clock = clock;
  }

  public Complaint record(Complaint complaint) {
    return complaints.save(complaint);
  }

  /**
   * Records Diskominfo's evaluation and closes the complaint; a provider fault opens a trouble
   * ticket and starts the process that sends it to Icon+. A closed complaint stays as it was.
   */
  public Complaint evaluate(Long complaintId, EvaluationResult result, String notes, String evaluator) {
    Complaint complaint = require(complaintId);
    if (complaint.status() == ComplaintStatus.CLOSED) {
      return complaint;
    }
    Complaint closed =
        complaints.save(complaint.evaluated(new Complaint.Evaluation(result, notes, evaluator, clock.instant())));
    if (result == EvaluationResult.PROVIDER_FAULT && tickets.findByComplaintId(complaintId).isEmpty()) {
      routing.sendTroubleTicket(tickets.save(TroubleTicket.open(closed, clock.instant())));
    }
    return closed;
  }

  /** The response deadline passed: on record for the Head of Diskominfo (the first time counts). */
  public Complaint escalate(Long complaintId) {
    Complaint complaint = require(complaintId);
    return complaints.save(
        complaint.escalated(clock.instant(), complaint.escalation() == null ? null : complaint.escalation().escalationNotes()));
  }

  public Complaint recordEscalationNotes(Long complaintId, String notes) {
    return complaints.save(require(complaintId).escalated(clock.instant(), notes));
  }

  public Complaint route(Long complaintId, ComplaintRoute route) {
    return complaints.save(require(complaintId).routedTo(route));
  }

  @Transactional(readOnly = true)
  public Optional<Complaint> find(Long complaintId) {
    return complaints.findById(complaintId);
  }

  @Transactional(readOnly = true)
  public Complaint require(Long complaintId) {
    return complaints
        .findById(complaintId)
        .orElseThrow(() -> new IllegalStateException("No complaint with id " + complaintId));
  }

  @Transactional(readOnly = true)
  public List<Complaint> openOf(Long transitionId) {
    return complaints.findByTransitionIdAndStatusOrderById(transitionId, ComplaintStatus.OPEN);
  }

  /** A complaint and its OPD's history as the forms show them ({@link ComplaintView#VIEWS}). */
  @Transactional(readOnly = true)
  public Map<String, Object> view(Complaint complaint) {
    return ComplaintView.of(complaint, registry.require(complaint.opdCode()).name(), historyOf(complaint.opdCode()));
  }

  /** Every complaint of an OPD, across its transitions and the support process. */
  @Transactional(readOnly = true)
  public List<Complaint> historyOf(String opdCode) {
    return complaints.findByOpdCodeOrderById(opdCode);
  }

  @Transactional(readOnly = true)
  public QuietPeriod quietPeriod(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    List<Complaint> all = complaints.findByTransitionIdOrderById(transitionId);
    long open = all.stream().filter(c -> c.status() == ComplaintStatus.OPEN).count();
    var lastClosed =
        all.stream().map(Complaint::evaluation).filter(Objects::nonNull).map(Complaint.Evaluation::closedAt)
            .max(Instant::compareTo);
    return QuietPeriod.evaluate(
        transition.evaluationStartedAt(),
        campaigns.require(transition.campaignId()).quietPeriodDuration(),
        open,
        lastClosed,
        clock.instant());
  }
}
