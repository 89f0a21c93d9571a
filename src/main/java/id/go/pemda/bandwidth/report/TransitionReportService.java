package id.go.pemda.bandwidth.report;

import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import id.go.pemda.bandwidth.transition.TransitionStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transition report, counted by the database: one query with an aggregate per column, so a
 * city of a thousand sites costs one round trip and no process instance is loaded. Everything it
 * needs is in the application's tables (the stage, since when and the deadline are kept on the
 * transition row for this purpose), so it reads no engine table.
 */
@Service
@Transactional(readOnly = true)
public class TransitionReportService {

  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  // Latest survey of a transition; the latest plan of each of its sites (a survey sent back is
  // answered anew, and a site re-planned keeps its old rows).
  private static final String LATEST_SITE_PLANS =
      """
      from site_survey ss
      left join site_plan p on p.id = (select max(p2.id) from site_plan p2 where p2.site_survey_id = ss.id)
      where ss.survey_id = (select max(s.id) from survey s where s.transition_id = t.id)
      """;

  private static final String ROWS =
      """
      select t.opd_code, o.name as opd_name, t.campaign_id, c.name as program_name, t.status, t.status_since,
        t.deadline, t.budget_revoked_at, t.process_instance_id,
        (select count(*) from site_connection sc where sc.transition_id = t.id) as connection_sites,
        (select count(*) from site_connection sc where sc.transition_id = t.id
           and sc.status in ('ACCEPTED', 'ADOPTED', 'ISP_TERMINATED')) as connected_sites,
        (select count(*) from site_connection sc where sc.transition_id = t.id and sc.status = 'EXEMPTED')
          as exempted_sites,
        (select count(*) %1$s) as surveyed_sites,
        (select count(*) from site r where r.opd_code = t.opd_code and r.active) as registered_sites,
        (select sum(p.agreed_mbps) %1$s) as agreed_mbps,
        (select sum(ss.monthly_cost_rupiah) %1$s) as old_monthly,
        (select sum(p.central_monthly_cost_rupiah) %1$s) as new_monthly,
        (select count(*) from complaint k where k.transition_id = t.id and k.status <> 'CLOSED') as open_complaints,
        (select count(*) from complaint k where k.transition_id = t.id and k.response_due_at is not null
           and ((k.evaluated_at is null and k.response_due_at < :now) or k.evaluated_at > k.response_due_at))
          as response_breaches,
        (select count(*) from trouble_ticket tt join complaint k on k.id = tt.complaint_id
           where k.transition_id = t.id and tt.status in ('OPEN', 'REPAIRED')) as open_tickets,
        (select sum(m.amount_rupiah) from budget_movement m where m.transition_id = t.id) as budget_moved
      from opd_transition t
      join opd o on o.code = t.opd_code
      join campaign c on c.id = t.campaign_id
      where t.fiscal_year = :fiscalYear and o.tenant_id = :tenantId
      """
          .formatted(LATEST_SITE_PLANS);

  private static final String PROGRAMS =
      """
      select c.id, c.name, c.fiscal_year, count(t.id) as opds
      from campaign c join opd_transition t on t.campaign_id = c.id
      where c.tenant_id = :tenantId %s
      group by c.id, c.name, c.fiscal_year
      order by c.fiscal_year desc, c.id desc
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final PemdaSettingsService settings;
  private final Clock clock;

  public TransitionReportService(NamedParameterJdbcTemplate jdbc, PemdaSettingsService settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  /** The transitions of a fiscal year, of one program of it if {@code programId} is given. */
  public TransitionReport report(int fiscalYear, Long programId, ReportScope scope) {
    Instant now = clock.instant();
    PemdaZone zone = settings.zone(scope.tenantId());
    LocalDate today = zone.today(clock);
    MapSqlParameterSource parameters =
        new MapSqlParameterSource("fiscalYear", fiscalYear)
            .addValue("now", Timestamp.from(now))
            .addValue("tenantId", scope.tenantId());
    StringBuilder sql = new StringBuilder(ROWS);
    if (programId != null) {
      sql.append(" and t.campaign_id = :programId");
      parameters.addValue("programId", programId);
    }
    List<TransitionReportRow> rows = List.of();
    if (!scope.everything() && scope.opdCodes().isEmpty()) {
      return new TransitionReport(fiscalYear, programId, now, today, zone, rows, summarize(rows));
    }
    if (!scope.everything()) {
      sql.append(" and lower(t.opd_code) in (:opdCodes)");
      parameters.addValue("opdCodes", scope.opdCodes());
    }
    sql.append(" order by t.opd_code, t.id");
    rows = jdbc.query(sql.toString(), parameters, (rs, i) -> row(rs, today, zone));
    return new TransitionReport(fiscalYear, programId, now, today, zone, rows, summarize(rows));
  }

  /** The programs with at least one OPD in the reader's view, the newest fiscal year first. */
  public List<ReportProgram> programs(ReportScope scope) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("tenantId", scope.tenantId());
    if (scope.everything()) {
      return jdbc.query(PROGRAMS.formatted(""), parameters, this::program);
    }
    if (scope.opdCodes().isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        PROGRAMS.formatted("and lower(t.opd_code) in (:opdCodes)"),
        parameters.addValue("opdCodes", scope.opdCodes()),
        this::program);
  }

  private ReportProgram program(ResultSet rs, int rowNum) throws SQLException {
    return new ReportProgram(rs.getLong("id"), rs.getString("name"), rs.getInt("fiscal_year"), rs.getInt("opds"));
  }

  private static TransitionReportRow row(ResultSet rs, LocalDate today, PemdaZone zone) throws SQLException {
    TransitionStatus stage = TransitionStatus.valueOf(rs.getString("status"));
    Instant deadline = instant(rs, "deadline");
    Instant budgetRevokedAt = instant(rs, "budget_revoked_at");
    long daysLeft = ChronoUnit.DAYS.between(today, zone.dayOf(deadline));
    DeadlineRisk risk = DeadlineRisk.of(budgetRevokedAt != null || stage == TransitionStatus.COMPLETED, daysLeft);
    int connectionSites = rs.getInt("connection_sites");
    int surveyedSites = rs.getInt("surveyed_sites");
    int sitesTotal = connectionSites > 0 ? connectionSites : surveyedSites > 0 ? surveyedSites : rs.getInt("registered_sites");
    BigDecimal oldYearly = yearly(rs.getBigDecimal("old_monthly"));
    BigDecimal newYearly = yearly(rs.getBigDecimal("new_monthly"));
    BigDecimal budgetMoved = rs.getBigDecimal("budget_moved");
    return new TransitionReportRow(
        rs.getString("opd_code"),
        rs.getString("opd_name"),
        rs.getLong("campaign_id"),
        rs.getString("program_name"),
        stage,
        stage.label(),
        instant(rs, "status_since"),
        rs.getInt("connected_sites"),
        sitesTotal,
        rs.getInt("exempted_sites"),
        rs.getInt("agreed_mbps"),
        oldYearly,
        newYearly,
        oldYearly == null || newYearly == null ? null : oldYearly.subtract(newYearly),
        rs.getInt("open_complaints"),
        rs.getInt("response_breaches"),
        rs.getInt("open_tickets"),
        deadline,
        daysLeft,
        risk,
        risk.label(),
        budgetRevokedAt,
        budgetMoved == null ? BigDecimal.ZERO : budgetMoved,
        rs.getString("process_instance_id"));
  }

  private static TransitionReport.Summary summarize(List<TransitionReportRow> rows) {
    List<TransitionReport.StageCount> stages =
        Arrays.stream(TransitionStatus.values())
            .map(stage -> {
              List<TransitionReportRow> at = rows.stream().filter(row -> row.stage() == stage).toList();
              return new TransitionReport.StageCount(
                  stage.name(), stage.label(), at.size(), sum(at, TransitionReportRow::sitesTotal));
            })
            .toList();
    return new TransitionReport.Summary(
        rows.size(),
        sum(rows, TransitionReportRow::sitesTotal),
        sum(rows, TransitionReportRow::sitesConnected),
        sum(rows, TransitionReportRow::sitesExempted),
        stages,
        count(rows, row -> row.deadlineRisk() == DeadlineRisk.AT_RISK),
        count(rows, row -> row.deadlineRisk() == DeadlineRisk.OVERDUE),
        sum(rows, TransitionReportRow::openComplaints),
        sum(rows, TransitionReportRow::responseBreaches),
        sum(rows, TransitionReportRow::openTroubleTickets),
        total(rows, TransitionReportRow::oldYearlyCostRupiah),
        total(rows, TransitionReportRow::newYearlyCostRupiah),
        total(rows, TransitionReportRow::yearlySavingRupiah),
        total(rows.stream().filter(TransitionReportRow::budgetMoved).toList(), TransitionReportRow::yearlySavingRupiah),
        total(rows, TransitionReportRow::budgetMovedRupiah));
  }

  private static int sum(List<TransitionReportRow> rows, ToIntFunction<TransitionReportRow> value) {
    return rows.stream().mapToInt(value).sum();
  }

  private static int count(List<TransitionReportRow> rows, Predicate<TransitionReportRow> test) {
    return (int) rows.stream().filter(test).count();
  }

  private static BigDecimal total(List<TransitionReportRow> rows, Function<TransitionReportRow, BigDecimal> amount) {
    return rows.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal yearly(BigDecimal monthly) {
    return monthly == null ? null : monthly.multiply(MONTHS);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
