package id.go.pemda.bandwidth.coordination;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;

/** The connection plan for an OPD: recommended, then agreed, then approved bandwidth and cost. */
public record BandwidthPlan(
    @Id Long id,
    Long transitionId,
    Long surveyId,
    int recommendedMbps,
    Integer agreedMbps,
    BigDecimal centralMonthlyCostRupiah,
    String technicalNotes,
    PlanStatus status,
    Instant createdAt) {

  public BandwidthPlan agreed(int mbps, BigDecimal monthlyCost, String notes) {
    return new BandwidthPlan(
        id, transitionId, surveyId, recommendedMbps, mbps, monthlyCost, notes, PlanStatus.AGREED, createdAt);
  }

  public BandwidthPlan approved() {
    return new BandwidthPlan(
        id, transitionId, surveyId, recommendedMbps, agreedMbps, centralMonthlyCostRupiah, technicalNotes,
        PlanStatus.APPROVED, createdAt);
  }
}
