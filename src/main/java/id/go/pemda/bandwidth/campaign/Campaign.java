package id.go.pemda.bandwidth.campaign;

import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * A program that moves the internet spending of a fiscal year's OPDs to the central network
 * (pemusatan belanja internet).
 *
 * @param quietPeriodDays how many days a monitoring period must stay free of complaints
 * @param transitionDeadline when every OPD must be through; later ones go to the Sekda
 * @param tenantId the Pemda whose program it is
 */
public record Campaign(
    @Id Long id,
    String name,
    int fiscalYear,
    int quietPeriodDays,
    String startedBy,
    Instant startedAt,
    Instant transitionDeadline,
    String tenantId) {}
