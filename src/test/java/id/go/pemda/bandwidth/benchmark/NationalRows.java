package id.go.pemda.bandwidth.benchmark;

import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The application's own rows of the national scale, beside the engine's instances of
 * {@link NationalScale}: every other Pemda with its tenant, its OPDs (the measured Pemda's codes,
 * prefixed), its program of the fiscal year and one transition row per OPD at a stage of its own.
 * The dashboard's queries filter these rows by Pemda and fiscal year; that filter is what grows
 * with the country. The measured Pemda keeps the rows its walked transitions wrote (surveys, sites,
 * plans, connections, budget movements), which its report reads.
 */
final class NationalRows {

  private final NamedParameterJdbcTemplate jdbc;

  NationalRows(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the rows of tenants 2 to {@code tenants}; answers how many transition rows there are in all. */
  long fill(int tenants, List<String> opdCodes, int fiscalYear) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("tenants", tenants)
        .addValue("codes", opdCodes)
        .addValue("fiscalYear", fiscalYear);
    String stages = Arrays.stream(TransitionStatus.values()).map(stage -> "'" + stage.name() + "'")
        .collect(Collectors.joining(", ", "array[", "]"));
    // tenant ids as NationalScale names them: pemda-002 ... (PostgreSQL: the benchmark runs on it only)
    String tenantId = "'pemda-' || lpad(g::text, 3, '0')";
    jdbc.update("""
        insert into tenant (id, name, kind, province, created_at)
        select %s, 'Pemda ' || g, 'KABUPATEN', 'Benchmark', current_timestamp
        from generate_series(2, :tenants) g
        on conflict (id) do nothing
        """.formatted(tenantId), parameters);
    jdbc.update("""
        insert into opd (code, name, type, frontline_public_service, active, tenant_id)
        select upper(%1$s) || '.' || o.code, o.name, o.type, o.frontline_public_service, true, %1$s
        from generate_series(2, :tenants) g cross join opd o
        where o.tenant_id = 'samarinda' and o.code in (:codes)
        """.formatted(tenantId), parameters);
    jdbc.update("""
        insert into campaign (fiscal_year, started_by, started_at, transition_deadline, quiet_period_days, name, tenant_id)
        select :fiscalYear, 'benchmark', current_timestamp, current_timestamp + interval '120 days', 30,
          'Program pemusatan belanja internet TA ' || :fiscalYear, %s
        from generate_series(2, :tenants) g
        """.formatted(tenantId), parameters);
    // the stage rotates over the OPDs, as NationalScale's instances do
    jdbc.update("""
        insert into opd_transition (campaign_id, opd_code, fiscal_year, process_instance_id, status, started_at,
          deadline, status_since)
        select c.id, o.code, :fiscalYear, 'benchmark-' || o.code,
          (%1$s)[1 + (row_number() over (order by o.id))::int %% cardinality(%1$s)],
          current_timestamp, current_timestamp + interval '120 days', current_timestamp
        from opd o join campaign c on c.tenant_id = o.tenant_id and c.fiscal_year = :fiscalYear
        where o.tenant_id like 'pemda-%%'
        """.formatted(stages), parameters);
    // a deployment that grew to this size has had its statistics gathered by autovacuum; rows
    // loaded in one go have none yet, and the planner would join the country's rows blind
    jdbc.getJdbcOperations().execute("analyze tenant, opd, campaign, opd_transition");
    Long rows = jdbc.queryForObject("select count(*) from opd_transition", parameters, Long.class);
    return rows == null ? 0 : rows;
  }
}
