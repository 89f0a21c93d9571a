package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.survey.SiteSurvey;

/** The bandwidth a site needs for what it answered in the survey, from the sizing decision table. */
public interface BandwidthNeedTable {

  int neededMbps(SiteSurvey.Needs needs);
}
