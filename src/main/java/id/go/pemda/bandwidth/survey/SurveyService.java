package id.go.pemda.bandwidth.survey;

import id.go.pemda.bandwidth.site.Site;
import id.go.pemda.bandwidth.site.SiteRegistry;
import id.go.pemda.bandwidth.shared.TransactionMemo;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OPD's survey: each submission is kept, with one row per site it lists. */
@Service
@Transactional
public class SurveyService {

  private final SurveyRepository surveys;
  private final SiteSurveyRepository siteSurveys;
  private final SiteRegistry sites;
  private final PemdaSettingsService settings;
  private final Clock clock;
  /** A submitted survey is never changed, only followed by a newer one: {@link #submit} forgets. */
  private final TransactionMemo<Long, Optional<Survey>> latest = new TransactionMemo<>();
  private final TransactionMemo<Long, List<SiteSurvey>> latestSites = new TransactionMemo<>();

  public SurveyService(
      SurveyRepository surveys, SiteSurveyRepository siteSurveys, SiteRegistry sites, PemdaSettingsService settings,
      Clock clock) {
    this.settings = settings;
    this.surveys = surveys;
    this.siteSurveys = siteSurveys;
    this.sites = sites;
    this.clock = clock;
  }

  /**
   * Stores the answers; a site the registry did not know is added to it, a known one takes the
   * name, kind and place the OPD wrote.
   *
   * @throws id.go.pemda.bandwidth.shared.Refusal when the answers break a rule of {@link SurveyAnswers#check}
   */
  public Survey submit(Long transitionId, String opdCode, SurveyAnswers answers, String submittedBy) {
    answers.check(code -> sites.byCode(code).filter(site -> site.opdCode().equals(opdCode)).isPresent(),
        settings.ofName(opdCode).kind()).throwIfAny();
    latest.forget(transitionId);
    latestSites.forget(transitionId);
    Survey survey =
        surveys.save(
            new Survey(
                null, transitionId, answers.contactName(), answers.contactPhone(), answers.obstacles(), submittedBy,
                clock.instant()));
    for (SurveyAnswers.SiteAnswer answer : answers.sites()) {
      Site site = siteOf(opdCode, answer);
      siteSurveys.save(new SiteSurvey(null, survey.id(), transitionId, site.id(), answer.internet().current(), answer.needs()));
    }
    return survey;
  }

  @Transactional(readOnly = true)
  public Optional<Survey> latest(Long transitionId) {
    return latest.get(transitionId, surveys::findFirstByTransitionIdOrderByIdDesc);
  }

  @Transactional(readOnly = true)
  public Survey requireLatest(Long transitionId) {
    return latest(transitionId)
        .orElseThrow(() -> new IllegalStateException("Transition " + transitionId + " has no survey"));
  }

  /** The sites of the latest survey, in the order the OPD listed them. */
  @Transactional(readOnly = true)
  public List<SiteSurvey> latestSites(Long transitionId) {
    // unmodifiable: every caller of this transaction gets the same list
    return latestSites.get(transitionId, id -> List.copyOf(siteSurveys.findLatestOfTransition(id)));
  }

  /** What the latest survey says about one site. */
  @Transactional(readOnly = true)
  public SiteSurvey siteSurvey(Long transitionId, Long siteId) {
    return latestSites(transitionId).stream()
        .filter(survey -> survey.siteId().equals(siteId))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Site " + siteId + " is not in the survey of " + transitionId));
  }

  @Transactional(readOnly = true)
  public long submissions(Long transitionId) {
    return surveys.countByTransitionId(transitionId);
  }

  private Site siteOf(String opdCode, SurveyAnswers.SiteAnswer answer) {
    if (answer.siteCode() == null) {
      return sites.report(opdCode, answer.name(), answer.kind(), answer.village(), answer.address());
    }
    Site known = sites.byCode(answer.siteCode()).orElseThrow();
    return sites.relocate(known, answer.name(), answer.kind(), answer.village(), answer.address());
  }
}
