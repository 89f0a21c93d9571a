package id.go.pemda.bandwidth.iconplus;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signatures of the callbacks received within the allowed clock skew. A signature covers
 * the timestamp and the body, so the same signature twice is the same request sent again:
 * Icon+ signs every delivery anew, a replay by someone who captured a request is refused.
 * Recorded in a transaction of its own, so a refused or failed callback is remembered too.
 */
@Component
public class ReplayLedger {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ReplayLedger(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Whether this signature is seen for the first time; forgets those older than {@code keep}. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean firstSight(String signature, Duration keep) {
    Instant now = clock.instant();
    jdbc.update("delete from iconplus_signature where received_at < ?", Timestamp.from(now.minus(keep)));
    try {
      jdbc.update(
          "insert into iconplus_signature (signature, received_at) values (?, ?)", signature, Timestamp.from(now));
      return true;
    } catch (DuplicateKeyException replay) {
      return false;
    }
  }
}
