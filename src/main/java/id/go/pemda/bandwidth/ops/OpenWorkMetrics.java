package id.go.pemda.bandwidth.ops;

import id.go.pemda.bandwidth.complaint.ComplaintStatus;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Gauges of open work, each a count query (no instance is loaded):
 *
 * <ul>
 *   <li>{@code bandwidth_transitions_open{stage}}: transitions per {@link TransitionStatus} but
 *       the final one, one grouped query; a new stage appears without a code change;
 *   <li>{@code bandwidth_complaints_open}: complaints not {@link ComplaintStatus#CLOSED};
 *   <li>{@code bandwidth_incidents_open}: the engine's open incidents.
 * </ul>
 *
 * A scrape reads every gauge at once, so the three queries run at most once per
 * {@link #MAX_AGE_NANOS}; a failed query gives NaN (the scrape still answers).
 */
@Component
public class OpenWorkMetrics implements MeterBinder {

  /** A transition in this stage is over; every other stage counts as open. */
  static final TransitionStatus FINAL_STAGE = TransitionStatus.COMPLETED;

  private static final long MAX_AGE_NANOS = 2_000_000_000L;
  private static final Logger log = LoggerFactory.getLogger(OpenWorkMetrics.class);

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private Snapshot last;
  private long lastReadAt;

  public OpenWorkMetrics(JdbcTemplate jdbc, RuntimeService runtime) {
    this.jdbc = jdbc;
    this.runtime = runtime;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (TransitionStatus stage : TransitionStatus.values()) {
      if (stage != FINAL_STAGE) {
        gauge("bandwidth.transitions.open", "Open OPD transitions in this stage", s -> s.transitionsIn(stage))
            .tag("stage", stage.name())
            .register(registry);
      }
    }
    gauge("bandwidth.complaints.open", "Complaints not closed", Snapshot::openComplaints).register(registry);
    gauge("bandwidth.incidents.open", "Open Camunda incidents", Snapshot::openIncidents).register(registry);
  }

  private Gauge.Builder<OpenWorkMetrics> gauge(String name, String description, ToDoubleFunction<Snapshot> value) {
    return Gauge.builder(name, this, metrics -> metrics.recent().map(value))
        .description(description)
        .strongReference(true);
  }

  /** The counts now, queried afresh. */
  Snapshot read() {
    Map<TransitionStatus, Long> transitions = new EnumMap<>(TransitionStatus.class);
    jdbc.query(
        "select status, count(*) from opd_transition where status <> ? group by status",
        (RowCallbackHandler) row -> {
          long count = row.getLong(2);
          statusOf(row.getString(1)).ifPresent(stage -> transitions.put(stage, count));
        },
        FINAL_STAGE.name());
    Long complaints =
        jdbc.queryForObject("select count(*) from complaint where status <> ?", Long.class, ComplaintStatus.CLOSED.name());
    long incidents = runtime.createIncidentQuery().count();
    return new Snapshot(transitions, complaints == null ? 0 : complaints, incidents);
  }

  private synchronized Recent recent() {
    long now = System.nanoTime();
    if (last == null || now - lastReadAt > MAX_AGE_NANOS) {
      try {
        last = read();
      } catch (RuntimeException e) {
        log.warn("Open-work metrics could not be read: {}", e.toString());
        last = null;
      }
      lastReadAt = now;
    }
    return new Recent(last);
  }

  private static Optional<TransitionStatus> statusOf(String name) {
    try {
      return Optional.of(TransitionStatus.valueOf(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What was counted at one moment. */
  record Snapshot(Map<TransitionStatus, Long> transitions, long openComplaints, long openIncidents) {

    double transitionsIn(TransitionStatus stage) {
      return transitions.getOrDefault(stage, 0L);
    }
  }

  private record Recent(Snapshot snapshot) {
    double map(ToDoubleFunction<Snapshot> value) {
      return snapshot == null ? Double.NaN : value.applyAsDouble(snapshot);
    }
  }
}
