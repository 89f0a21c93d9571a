package id.go.pemda.bandwidth.demo.iconplus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the simulator was asked, in {@code iconplus_simulator_request} (created here): the
 * numbers it gives are the table's ids, so two simulators over one database, or one simulator
 * before and after a restart, never give the same number twice, and an order asked again with
 * its idempotency key gets its first number back.
 */
final class SimulatedRequests {

  private static final Pattern PROVIDER_ID = Pattern.compile("SIM-(ORD|TKT)-(\\d+)");

  /** An order ({@code ORD}, reported installed) or a trouble ticket ({@code TKT}, reported repaired). */
  enum Kind {
    ORD,
    TKT
  }

  /** What the simulator is asked for, and when it reports it done (never while {@code callBackAt} is null). */
  record Request(long id, Kind kind, Integer bandwidthMbps, String status, Instant callBackAt) {

    /** The number Icon+ would give: {@code SIM-ORD-100001}. */
    String providerId() {
      return "SIM-" + kind + "-" + id;
    }
  }

  private final JdbcClient jdbc;

  SimulatedRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
    jdbc.sql(TABLE).update();
  }

  /** The table, created if missing: demo data stays out of the migrations production runs. */
  private static final String TABLE = table();

  private static String table() {
    try (InputStream sql = SimulatedRequests.class.getResourceAsStream("/demo/iconplus-simulator-table.sql")) {
      return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("The simulator's table definition is missing", e);
    }
  }

  /** The request under this idempotency key, accepted now if it is new. */
  Request accept(Kind kind, String idempotencyKey, Integer bandwidthMbps, Instant callBackAt) {
    Optional<Request> known = byKey(kind, idempotencyKey);
    if (known.isPresent()) {
      return known.get();
    }
    try {
      jdbc.sql("insert into iconplus_simulator_request (kind, idempotency_key, bandwidth_mbps, status, call_back_at) "
              + "values (?, ?, ?, 'ACCEPTED', ?)")
          .params(kind.name(), idempotencyKey, bandwidthMbps, timestamp(callBackAt))
          .update();
    } catch (DuplicateKeyException raced) {
      // the same key arrived twice at once: the first one's number stands
    }
    return byKey(kind, idempotencyKey).orElseThrow();
  }

  Optional<Request> find(String providerId) {
    Matcher id = PROVIDER_ID.matcher(providerId);
    if (!id.matches()) {
      return Optional.empty();
    }
    return jdbc.sql("select * from iconplus_simulator_request where id = ? and kind = ?")
        .params(Long.parseLong(id.group(2)), id.group(1))
        .query(SimulatedRequests::request)
        .optional();
  }

  /** The requests whose report is due at {@code now}, oldest first. */
  List<Request> due(Instant now) {
    return jdbc.sql("select * from iconplus_simulator_request where call_back_at <= ? order by call_back_at, id")
        .param(Timestamp.from(now))
        .query(SimulatedRequests::request)
        .list();
  }

  /**
   * Takes a due report for this simulator alone: false when another one took it first. Until
   * {@link #reported} or {@link #retryAt}, no simulator reports it again.
   */
  boolean claim(Request request) {
    return jdbc.sql("update iconplus_simulator_request set call_back_at = null where id = ? and call_back_at = ?")
        .params(request.id(), Timestamp.from(request.callBackAt()))
        .update() == 1;
  }

  void reported(Request request, String status) {
    jdbc.sql("update iconplus_simulator_request set status = ? where id = ?").params(status, request.id()).update();
  }

  void retryAt(Request request, Instant at) {
    jdbc.sql("update iconplus_simulator_request set call_back_at = ? where id = ?")
        .params(Timestamp.from(at), request.id())
        .update();
  }

  /** Withdraws an order: it is never reported. False for a number the simulator never gave. */
  boolean cancel(String providerId) {
    return find(providerId).filter(request -> request.kind() == Kind.ORD)
        .map(request -> jdbc.sql(
                "update iconplus_simulator_request set status = 'CANCELLED', call_back_at = null where id = ?")
            .param(request.id())
            .update() == 1)
        .orElse(false);
  }

  private Optional<Request> byKey(Kind kind, String idempotencyKey) {
    return jdbc.sql("select * from iconplus_simulator_request where kind = ? and idempotency_key = ?")
        .params(kind.name(), idempotencyKey)
        .query(SimulatedRequests::request)
        .optional();
  }

  private static Request request(ResultSet row, int number) throws SQLException {
    Timestamp callBackAt = row.getTimestamp("call_back_at");
    return new Request(
        row.getLong("id"),
        Kind.valueOf(row.getString("kind")),
        (Integer) row.getObject("bandwidth_mbps"),
        row.getString("status"),
        callBackAt == null ? null : callBackAt.toInstant());
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
