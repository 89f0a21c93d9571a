package id.go.pemda.bandwidth.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;

/**
 * One site's answers in a survey: its internet today (none, its own ISP, or already Icon+) and
 * what it needs (people, counters, cameras, applications).
 */
public record SiteSurvey(
    @Id Long id,
    Long surveyId,
    Long transitionId,
    Long siteId,
    @Embedded.Empty Connectivity current,
    @Embedded.Empty Needs needs) {

  /**
   * @param currentIsp null when the site has no internet today
   * @param contractEnd when its ISP contract ends, if it has one
   * @param noticeDays how many days' notice the contract asks to end it
   * @param iconplusCircuitId the Icon+ circuit the site already has, if it is Icon+'s customer
   */
  public record Connectivity(
      String currentIsp,
      LocalDate contractEnd,
      Integer noticeDays,
      int currentBandwidthMbps,
      BigDecimal monthlyCostRupiah,
      String iconplusCircuitId) {

    public static final Connectivity NONE = new Connectivity(null, null, null, 0, BigDecimal.ZERO, null);

    public boolean hasOwnIsp() {
      return currentIsp != null && iconplusCircuitId == null;
    }

    public boolean onIconPlus() {
      return iconplusCircuitId != null;
    }
  }

  /** What the site needs; built by name, since four counts side by side would swap silently. */
  public record Needs(int staffCount, int serviceCounters, int cctvCameras, int hostedApplications) {

    public static Needs staff(int count) {
      return new Needs(count, 0, 0, 0);
    }

    public Needs counters(int count) {
      return new Needs(staffCount, count, cctvCameras, hostedApplications);
    }

    public Needs cameras(int count) {
      return new Needs(staffCount, serviceCounters, count, hostedApplications);
    }

    public Needs applications(int count) {
      return new Needs(staffCount, serviceCounters, cctvCameras, count);
    }
  }
}
