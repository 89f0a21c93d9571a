package id.go.pemda.bandwidth.tenant;

import id.go.pemda.bandwidth.shared.TransactionMemo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The Pemda on this deployment. */
@Service
public class PemdaRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;
  /** A Pemda is read by several views and rules of one command; it changes only when added. */
  private final TransactionMemo<String, Optional<Pemda>> byId = new TransactionMemo<>();

  public PemdaRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<Pemda> all() {
    return jdbc.sql("select id, name, kind, province from tenant order by id").query(PemdaRegistry::row).list();
  }

  public Optional<Pemda> find(String id) {
    return byId.get(id, key -> jdbc.sql("select id, name, kind, province from tenant where id = ?").param(key)
        .query(PemdaRegistry::row).optional());
  }

  public void add(Pemda pemda) {
    byId.forget(pemda.id());
    jdbc.sql("insert into tenant (id, name, kind, province, created_at) values (?, ?, ?, ?, ?)")
        .params(pemda.id(), pemda.name(), pemda.kind().name(), pemda.province(),
            Timestamp.from(clock.instant()))
        .update();
  }

  private static Pemda row(ResultSet rs, int rowNumber) throws SQLException {
    return new Pemda(rs.getString("id"), rs.getString("name"), Pemda.Kind.valueOf(rs.getString("kind")),
        rs.getString("province"));
  }
}
