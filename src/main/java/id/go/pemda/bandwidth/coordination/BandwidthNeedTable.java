package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.survey.SurveyAnswer;

/** The bandwidth an OPD needs for what it answered in the survey, from the sizing decision table. */
public interface BandwidthNeedTable {

  int neededMbps(SurveyAnswer survey);
}
