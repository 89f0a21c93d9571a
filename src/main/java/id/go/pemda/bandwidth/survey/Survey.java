package id.go.pemda.bandwidth.survey;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/** One submission of an OPD's survey: who answered and what holds for the OPD as a whole. */
public record Survey(
    @Id Long id,
    Long transitionId,
    String contactName,
    String contactPhone,
    String obstacles,
    String submittedBy,
    Instant submittedAt) {}
