package id.go.pemda.bandwidth.transition;

import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.PemdaSettings;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the rounds of every loop of a wait in the application's tables ({@code loop_count}) and
 * decides by {@link EscalationLimits} whether this round is told to the Kepala Diskominfo or the
 * Sekda; each escalation is a {@code loop_escalation} row with the follow-up it got.
 */
@Service
@Transactional
public class LoopCounter {

  private final JdbcClient jdbc;
  private final PemdaSettingsService settings;
  private final Clock clock;

  public LoopCounter(JdbcClient jdbc, PemdaSettingsService settings, Clock clock) {
    this.jdbc = jdbc;
    this.settings = settings;
    this.clock = clock;
  }

  /** The limits of the Pemda of an OPD: its own settings, or the deployment's. */
  @Transactional(readOnly = true)
  public EscalationLimits limitsOf(String opdCode) {
    PemdaSettings own = settings.ofName(opdCode);
    return new EscalationLimits(own.escalateToKadisAfter(), own.escalateToSekdaAfter());
  }

  /** The time zone of the Pemda of an OPD, for the escalation's due date. */
  @Transactional(readOnly = true)
  public PemdaZone zoneOf(String opdCode) {
    return settings.zoneOfOpd(opdCode);
  }

  /**
   * One more round of {@code kind} for the owner (and site) of an OPD: the round's escalation, if
   * any, by the limits of the OPD's Pemda.
   */
  public LoopEscalation count(LoopKind kind, String opdCode, Long ownerId, Long siteId) {
    EscalationLimits limits = limitsOf(opdCode);
    long site = kind.perSite() && siteId != null ? siteId : 0L;
    Instant now = clock.instant();
    Timestamp at = Timestamp.from(now);
    int updated = jdbc.sql("""
            update loop_count set count = count + 1, last_counted_at = ?
            where loop_kind = ? and owner_id = ? and site_id = ?""")
        .param(at).param(kind.name()).param(ownerId).param(site).update();
    if (updated == 0) {
      jdbc.sql("insert into loop_count (loop_kind, owner_id, site_id, count, last_counted_at) values (?, ?, ?, 1, ?)")
          .param(kind.name()).param(ownerId).param(site).param(at).update();
    }
    int count = rounds(kind, ownerId, siteId);
    EscalationLevel level = limits.levelAt(count);
    if (level == EscalationLevel.NONE) {
      return new LoopEscalation(null, kind, ownerId, site, count, level, now);
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into loop_escalation (loop_kind, owner_id, site_id, count, level, raised_at)
            values (?, ?, ?, ?, ?, ?)""")
        .param(kind.name()).param(ownerId).param(site).param(count).param(level.name()).param(at)
        .update(key, "id");
    Long id = key.getKeyAs(Number.class).longValue();
    return new LoopEscalation(id, kind, ownerId, site, count, level, now);
  }

  /** How many rounds {@code kind} went for the owner (and site) so far. */
  @Transactional(readOnly = true)
  public int rounds(LoopKind kind, Long ownerId, Long siteId) {
    long site = kind.perSite() && siteId != null ? siteId : 0L;
    return jdbc.sql("select count from loop_count where loop_kind = ? and owner_id = ? and site_id = ?")
        .param(kind.name()).param(ownerId).param(site).query(Integer.class).optional().orElse(0);
  }

  @Transactional(readOnly = true)
  public Optional<LoopEscalation> escalation(Long id) {
    return jdbc.sql("select id, loop_kind, owner_id, site_id, count, level, raised_at from loop_escalation where id = ?")
        .param(id).query(LoopCounter::escalationRow).optional();
  }

  @Transactional(readOnly = true)
  public List<LoopEscalation> escalations(LoopKind kind, Long ownerId) {
    return jdbc.sql("""
            select id, loop_kind, owner_id, site_id, count, level, raised_at from loop_escalation
            where loop_kind = ? and owner_id = ? order by id""")
        .param(kind.name()).param(ownerId).query(LoopCounter::escalationRow).list();
  }

  /** The Kepala Diskominfo or the Sekda followed up, in their own words. */
  public void followUp(Long escalationId, String notes, String by) {
    jdbc.sql("""
            update loop_escalation set followed_up_by = ?, follow_up_notes = ?, followed_up_at = ?, status = ?
            where id = ?""")
        .param(by).param(notes).param(Timestamp.from(clock.instant()))
        .param(EscalationStatus.FOLLOWED_UP.name()).param(escalationId).update();
  }

  /**
   * The escalations of an owner's loops still waiting for a follow-up: what to withdraw when the
   * owner (the transition, or the complaint) ends.
   */
  @Transactional(readOnly = true)
  public List<Long> openEscalationsOf(LoopOwner owner, Long ownerId) {
    List<String> kinds = Arrays.stream(LoopKind.values()).filter(owner::owns).map(Enum::name).toList();
    return jdbc.sql("""
            select id from loop_escalation
            where owner_id = :owner and status = :open and loop_kind in (:kinds) order by id""")
        .param("owner", ownerId).param("open", EscalationStatus.OPEN.name()).param("kinds", kinds)
        .query(Long.class).list();
  }

  /**
   * What went round ended before anyone followed the escalation up: it is closed without a
   * review. An escalation already followed up or closed stays as it is.
   */
  public void closeWithoutReview(Long escalationId) {
    jdbc.sql("update loop_escalation set status = ?, closed_at = ? where id = ? and status = ?")
        .param(EscalationStatus.CLOSED_WITHOUT_REVIEW.name()).param(Timestamp.from(clock.instant()))
        .param(escalationId).param(EscalationStatus.OPEN.name()).update();
  }

  @Transactional(readOnly = true)
  public Optional<EscalationStatus> status(Long escalationId) {
    return jdbc.sql("select status from loop_escalation where id = ?").param(escalationId)
        .query(String.class).optional().map(EscalationStatus::valueOf);
  }

  private static LoopEscalation escalationRow(ResultSet row, int index) throws SQLException {
    return new LoopEscalation(row.getLong("id"), LoopKind.valueOf(row.getString("loop_kind")), row.getLong("owner_id"),
        row.getLong("site_id"), row.getInt("count"), EscalationLevel.valueOf(row.getString("level")),
        row.getTimestamp("raised_at").toInstant());
  }
}
