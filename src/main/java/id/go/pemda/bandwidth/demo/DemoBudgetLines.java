package id.go.pemda.bandwidth.demo;

import id.go.pemda.bandwidth.budget.BudgetService;
import id.go.pemda.bandwidth.opd.Opd;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.tenant.PemdaSettings;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import id.go.pemda.bandwidth.tenant.Tenants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data: an internet budget line for every OPD for this year and the next two, sized by
 * the kind of unit (orders of magnitude seen in East Kalimantan budgets), and Diskominfo's
 * central line. This year's lines are realized for the months already past (monthly bills), so
 * only the rest could still move. Idempotent.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoBudgetLines implements DemoStep {

  private static final Map<String, BigDecimal> ANNUAL_BY_TYPE =
      Map.of(
          "RSUD", new BigDecimal("180000000"),
          "SEKRETARIAT", new BigDecimal("96000000"),
          "DINAS", new BigDecimal("72000000"),
          "BADAN", new BigDecimal("60000000"),
          "KECAMATAN", new BigDecimal("30000000"));
  private static final BigDecimal OTHER = new BigDecimal("36000000");
  private static final BigDecimal CENTRAL = new BigDecimal("1200000000");
  private static final int YEARS = 3;

  private final OpdRegistry registry;
  private final BudgetService budgets;
  private final PemdaSettingsService settings;
  private final Clock clock;

  public DemoBudgetLines(OpdRegistry registry, BudgetService budgets, PemdaSettingsService settings, Clock clock) {
    this.registry = registry;
    this.budgets = budgets;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public void prepare() {
    for (Opd opd : registry.active()) {
      PemdaSettings own = settings.ofName(opd.code());
      LocalDate today = own.zone().today(clock);
      int thisYear = today.getYear();
      BigDecimal monthsPaid = BigDecimal.valueOf(today.getMonthValue() - 1L);
      if (Tenants.localCode(opd.code()).equals(own.centralOfficeCode())) {
        // Diskominfo's belanja jaringan pusat, at the central sub-activity of the settings
        for (int year = thisYear; year < thisYear + YEARS; year++) {
          budgets.recordCentral(opd.tenantId(), year, CENTRAL);
        }
        continue;
      }
      BigDecimal annual = ANNUAL_BY_TYPE.getOrDefault(opd.type(), OTHER);
      BigDecimal realizedThisYear = annual.multiply(monthsPaid).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP);
      for (int year = thisYear; year < thisYear + YEARS; year++) {
        budgets.record(opd.code(), year, annual, year == thisYear ? realizedThisYear : BigDecimal.ZERO);
      }
    }
  }
}
