package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.campaign.CampaignService;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored complaints: their evaluation, the repair of a fault of Icon+, escalation and the rule
 * that ends a monitoring period.
 */
@Service
@Transactional
public class ComplaintService {

  private final ComplaintRepository complaints;
  private final TroubleTicketRepository tickets;
  private final TransitionService transitions;
  private final CampaignService campaigns;
  private final OpdRegistry registry;
  private final SiteRegistry sites;
  private final Clock clock;

  public ComplaintService(
      ComplaintRepository complaints,
      TroubleTicketRepository tickets,
      TransitionService transitions,
      CampaignService campaigns,
      OpdRegistry registry,
      SiteRegistry sites,
      Clock clock) {
    this.complaints = complaints;
    this.tickets = tickets;
    this.transitions = transitions;
    this.campaigns = campaigns;
    this.registry = registry;
    this.sites = sites;
    this.clock = clock;
  }

  public Complaint record(Complaint complaint) {
    return complaints.save(complaint);
  }

  /** The process handling the complaint, so Icon+'s repair report finds it. */
  public Complaint handledBy(Long complaintId, String caseProcessInstanceId) {
    return complaints.save(require(complaintId).handledBy(caseProcessInstanceId));
  }

  /**
   * Records Diskominfo's finding. A fault of Icon+ opens a trouble ticket and keeps the complaint
   * open until Icon+ repaired it and the OPD confirmed; any other finding closes it. A complaint
   * already evaluated stays as it was.
   *
   * @return the ticket opened for Icon+, if the fault is Icon+'s
   */
  public Optional<TroubleTicket> evaluate(Long complaintId, EvaluationResult result, String notes, String evaluator) {
    Complaint complaint = require(complaintId);
    if (complaint.evaluation() != null) {
      return Optional.empty();
    }
    Complaint evaluated =
        complaints.save(complaint.evaluated(new Complaint.Evaluation(result, notes, evaluator, clock.instant())));
    if (result != EvaluationResult.PROVIDER_FAULT) {
      return Optional.empty();
    }
    return Optional.of(tickets.save(TroubleTicket.open(evaluated, evaluated.caseProcessInstanceId(), clock.instant())));
  }

  /** Icon+ reported the repair: the OPD is asked to confirm the link works. */
  public Complaint repaired(TroubleTicket ticket) {
    tickets.save(ticket.repaired(clock.instant()));
    return complaints.save(require(ticket.complaintId()).inStatus(ComplaintStatus.REPAIRED, clock.instant()));
  }

  /**
   * The OPD's check after the repair. It works: ticket and complaint close. It does not: the
   * complaint waits for Icon+ again, with a new ticket.
   *
   * @return the new ticket when the link is still down
   */
  public Optional<TroubleTicket> confirmRepair(Long ticketId, RepairConfirmation confirmation, String notes, String by) {
    TroubleTicket ticket = requireTicket(ticketId);
    Complaint complaint = require(ticket.complaintId());
    if (confirmation == RepairConfirmation.WORKS) {
      tickets.save(ticket.closedAs(TicketStatus.CONFIRMED, clock.instant(), by, notes));
      complaints.save(complaint.inStatus(ComplaintStatus.CLOSED, clock.instant()));
      return Optional.empty();
    }
    tickets.save(ticket.closedAs(TicketStatus.STILL_DOWN, clock.instant(), by, notes));
    Complaint waiting = complaints.save(complaint.inStatus(ComplaintStatus.AWAITING_REPAIR, clock.instant()));
    return Optional.of(tickets.save(TroubleTicket.open(waiting, waiting.caseProcessInstanceId(), clock.instant())));
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

  /** Icon+ did not repair in time: on record for the Head of Diskominfo. */
  public TroubleTicket escalateRepair(Long ticketId) {
    return tickets.save(requireTicket(ticketId).escalated(clock.instant()));
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
  public TroubleTicket requireTicket(Long ticketId) {
    return tickets.findById(ticketId).orElseThrow(() -> new IllegalStateException("No trouble ticket " + ticketId));
  }

  @Transactional(readOnly = true)
  public List<TroubleTicket> ticketsOf(Long complaintId) {
    return tickets.findByComplaintIdOrderById(complaintId);
  }

  /** Complaints of a transition that are not closed (waiting for evaluation, a repair or the OPD). */
  @Transactional(readOnly = true)
  public List<Complaint> openOf(Long transitionId) {
    return complaints.findByTransitionIdOrderById(transitionId).stream().filter(Complaint::open).toList();
  }

  /** Complaints of a transition closed at or after a moment (during a monitoring period), in the order filed. */
  @Transactional(readOnly = true)
  public List<Complaint> closedSince(Long transitionId, Instant since) {
    return complaints.findByTransitionIdOrderById(transitionId).stream()
        .filter(complaint -> complaint.closedAt() != null && !complaint.closedAt().isBefore(since))
        .toList();
  }

  /** Every complaint of an OPD, across its transitions and the support process. */
  @Transactional(readOnly = true)
  public List<Complaint> historyOf(String opdCode) {
    return complaints.findByOpdCodeOrderById(opdCode);
  }

  /**
   * Whether the monitoring may end now. When it may, the Kepala Diskominfo confirms its end
   * ({@link #decideMonitoringEnd}); the transition stays in monitoring until then.
   */
  public QuietPeriod checkQuietPeriod(Long transitionId) {
    return quietPeriod(transitionId);
  }

  /**
   * The Kepala Diskominfo's word on the end of the monitoring. Confirmed, the Sekda's approval is
   * the next stage; restarted, the quiet stretch is measured again from now.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when it breaks a rule of {@link MonitoringEndOutcome#check}
   */
  public OpdTransition decideMonitoringEnd(Long transitionId, MonitoringEndOutcome outcome) {
    OpdTransition transition = transitions.require(transitionId);
    QuietPeriod quietPeriod = quietPeriod(transitionId);
    outcome.check(quietPeriod, transitions.zoneOf(transition).format(quietPeriod.nextCheckAt())).throwIfAny();
    return outcome.decision() == MonitoringEndDecision.CONFIRM
        ? transitions.recordQuietPeriodOver(transitionId)
        : transitions.startMonitoring(transitionId);
  }

  @Transactional(readOnly = true)
  public QuietPeriod quietPeriod(Long transitionId) {
    OpdTransition transition = transitions.require(transitionId);
    List<Complaint> all = complaints.findByTransitionIdOrderById(transitionId);
    long open = all.stream().filter(Complaint::open).count();
    Optional<Instant> lastClosed = all.stream().map(Complaint::closedAt).filter(Objects::nonNull).max(Instant::compareTo);
    return QuietPeriod.evaluate(
        transition.evaluationStartedAt(),
        Duration.ofDays(campaigns.require(transition.campaignId()).quietPeriodDays()),
        open,
        lastClosed,
        clock.instant());
  }
}
