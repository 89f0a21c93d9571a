package id.go.pemda.bandwidth.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;

/** One submission of an OPD's bandwidth survey; a survey sent back gets a new row. */
public record SurveyAnswer(
    @Id Long id,
    Long transitionId,
    String currentIsp,
    int currentBandwidthMbps,
    BigDecimal monthlyCostRupiah,
    LocalDate contractEndDate,
    int staffCount,
    int serviceCounters,
    int cctvCameras,
    int hostedApplications,
    String siteAddress,
    String contactName,
    String contactPhone,
    String obstacles,
    String submittedBy,
    Instant submittedAt) {}
