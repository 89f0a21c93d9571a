package id.go.pemda.bandwidth.complaint;

import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.transition.OpdTransition;
import id.go.pemda.bandwidth.transition.TransitionService;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every complaint comes in, from Tasklist or the API. A complaint is always stored, then
 * routed: to the OPD's running transition while it takes complaints (until it completes),
 * otherwise to a case of its own in the network-service process. Nothing is dropped.
 */
@Service
@Transactional
public class ComplaintIntake {

  private final OpdRegistry registry;
  private final TriageTable triage;
  private final ComplaintService complaints;
  private final TransitionService transitions;
  private final ComplaintHandoff handoff;
  private final PemdaSettingsService settings;
  private final Clock clock;

  public ComplaintIntake(
      OpdRegistry registry,
      TriageTable triage,
      ComplaintService complaints,
      TransitionService transitions,
      ComplaintHandoff handoff,
      PemdaSettingsService settings,
      Clock clock) {
    this.registry = registry;
    this.triage = triage;
    this.complaints = complaints;
    this.transitions = transitions;
    this.handoff = handoff;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Files an OPD's complaint and routes it.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the report breaks a rule of {@link Complaint.Report#check}
   */
  public Complaint file(String opdCode, Complaint.Report report) {
    report.check(clock.instant()).throwIfAny();
    Opd opd = registry.require(opdCode);
    Optional<OpdTransition> latest = transitions.latestOf(opd.code());
    Optional<OpdTransition> running = latest.filter(OpdTransition::inTransition);
    Optional<OpdTransition> listening = running.filter(t -> handoff.takesComplaints(t.processInstanceId()));
    ComplaintStage stage = running.map(t -> ComplaintStage.of(t.status())).orElse(ComplaintStage.AFTER_TRANSITION);
    Complaint complaint =
        store(
            latest.map(OpdTransition::id).orElse(null), null, opd, stage, report,
            listening.isPresent() ? ComplaintRoute.TRANSITION : ComplaintRoute.SUPPORT);
    listening.ifPresentOrElse(
        transition -> handoff.deliverToTransition(transition.processInstanceId(), complaint.id()),
        () -> handoff.startCase(complaint));
    return complaint;
  }

  /**
   * A site's link that fails its acceptance test: handled in that site's acceptance loop of the
   * transition, with the same response deadline and escalation as any other complaint.
   */
  public Complaint fileAtAcceptance(Long transitionId, Long siteId, Complaint.Report report) {
    OpdTransition transition = transitions.require(transitionId);
    return store(
        transitionId, siteId, registry.require(transition.opdCode()), ComplaintStage.ACCEPTANCE, report,
        ComplaintRoute.TRANSITION);
  }

  private Complaint store(
      Long transitionId, Long siteId, Opd opd, ComplaintStage stage, Complaint.Report report, ComplaintRoute route) {
    Triage triaged = triage.of(report.category(), opd.frontlinePublicService());
    Instant now = clock.instant();
    return complaints.record(
        Complaint.file(
            opd.code(), transitionId, stage, siteId, route, now, report,
            new Complaint.Triaged(
                triaged.severity(), triaged.handlingGroup(), ResponseDeadline.after(now, triaged.responseTime(), settings.zoneOfOpd(opd.code())))));
  }
}
