package id.go.pemda.bandwidth.survey;

/** What a site has for internet today, as the survey asks it. */
public enum SiteInternet {
  NONE,
  OWN_ISP,
  ICONPLUS;

  /** The answer a stored survey gave. */
  public static SiteInternet of(SiteSurvey.Connectivity current) {
    return current.onIconPlus() ? ICONPLUS : current.hasOwnIsp() ? OWN_ISP : NONE;
  }
}
