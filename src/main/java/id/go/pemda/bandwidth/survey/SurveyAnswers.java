package id.go.pemda.bandwidth.survey;

import id.go.pemda.bandwidth.site.SiteKind;
import java.util.List;

/**
 * What an OPD answered, as the survey form carries it.
 *
 * @param sites every site it connects, the registry's and any it added
 */
public record SurveyAnswers(String contactName, String contactPhone, String obstacles, List<SiteAnswer> sites) {

  /**
   * One site of the survey.
   *
   * @param siteCode the registry's site, or null for a site the OPD adds
   */
  public record SiteAnswer(
      String siteCode, String name, SiteKind kind, String kelurahan, String address, SiteSurvey.Connectivity current,
      SiteSurvey.Needs needs) {}
}
