package id.go.pemda.bandwidth.coordination;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * The connection plan of one site: recommended from its survey, then agreed by Diskominfo,
 * then approved with the OPD's whole plan by the Head of Diskominfo.
 */
public record SitePlan(
    @Id Long id,
    Long transitionId,
    Long siteId,
    Long siteSurveyId,
    int recommendedMbps,
    @Embedded.Nullable Agreement agreement,
    PlanStatus status,
    Instant createdAt) {

  /**
   * What Diskominfo agreed for the site.
   *
   * @param centralMonthlyCostRupiah the site's share of the central network, a month
   */
  public record Agreement(
      Integer agreedMbps, BigDecimal centralMonthlyCostRupiah, Solution solution, String technicalNotes) {}

  /**
   * The agreement to coordinate from: the last one (the Head returned it), else the recommended
   * bandwidth, on the site's Icon+ circuit when the survey found one, else on new fiber.
   */
  public Agreement proposal(boolean onIconPlus) {
    return agreement != null
        ? agreement
        : new Agreement(recommendedMbps, null, onIconPlus ? Solution.ICONPLUS_ADOPTED : Solution.ICONPLUS_FIBER, null);
  }

  public SitePlan agreed(Agreement newAgreement) {
    return new SitePlan(id, transitionId, siteId, siteSurveyId, recommendedMbps, newAgreement, PlanStatus.AGREED,
        createdAt);
  }

  public SitePlan approved() {
    return new SitePlan(id, transitionId, siteId, siteSurveyId, recommendedMbps, agreement, PlanStatus.APPROVED,
        createdAt);
  }

  /** Another technical solution after Icon+ could not install: agreed again, approved by it. */
  public SitePlan withSolution(Solution solution, String notes) {
    return new SitePlan(id, transitionId, siteId, siteSurveyId, recommendedMbps,
        new Agreement(agreement.agreedMbps(), agreement.centralMonthlyCostRupiah(), solution, notes),
        PlanStatus.APPROVED, createdAt);
  }
}
