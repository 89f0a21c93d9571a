package id.go.pemda.bandwidth.coordination;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class CoordinationService {

  private final BandwidthPlanRepository plans;

  public CoordinationService(BandwidthPlanRepository plans) {
    this.plans = plans;
  }

  @Transactional(readOnly = true)
  public BandwidthPlan require(Long planId) {
    return plans.findById(planId).orElseThrow(() -> new IllegalStateException("No plan with id " + planId));
  }

  public BandwidthPlan agree(Long planId, int agreedMbps, BigDecimal centralMonthlyCost, String notes) {
    return plans.save(require(planId).agreed(agreedMbps, centralMonthlyCost, notes));
  }

  public BandwidthPlan approve(Long planId) {
    return plans.save(require(planId).approved());
  }
}
