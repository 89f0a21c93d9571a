package id.go.pemda.bandwidth.tenant;

import id.go.pemda.bandwidth.BandwidthProperties;
import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.shared.TransactionMemo;
import id.go.pemda.bandwidth.shared.PemdaZone;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each Pemda's own settings ({@link PemdaSettings}): its row of {@code pemda_settings}, every
 * value it leaves out (or the whole row, for a Pemda onboarded before settings existed) the
 * deployment's {@code bandwidth.*}. A name of no Pemda on this deployment is refused
 * ({@link UnknownPemda}), never read as Samarinda's.
 */
@Service
public class PemdaSettingsService {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");
  private static final Map<String, String> NAME_COLUMNS = Map.of(
      "diskominfo", "name_diskominfo",
      "kadis-diskominfo", "name_kadis_diskominfo",
      "sekda", "name_sekda",
      "bpkad", "name_bpkad");

  private final JdbcClient jdbc;
  private final PemdaRegistry pemdas;
  private final BandwidthProperties defaults;
  /**
   * One command asks for a Pemda's settings many times (every view's times, every due date, the
   * budget's calendar): read once per transaction; {@link #save} forgets them.
   */
  private final TransactionMemo<String, PemdaSettings> memo = new TransactionMemo<>();

  public PemdaSettingsService(JdbcClient jdbc, PemdaRegistry pemdas, BandwidthProperties defaults) {
    this.jdbc = jdbc;
    this.pemdas = pemdas;
    this.defaults = defaults;
  }

  /**
   * The settings of a Pemda.
   *
   * @throws UnknownPemda when no Pemda of that id is on this deployment
   */
  public PemdaSettings of(String tenantId) {
    return memo.get(tenantId, this::load);
  }

  private PemdaSettings load(String tenantId) {
    Pemda pemda = pemdas.find(tenantId).orElseThrow(() -> new UnknownPemda(tenantId));
    return jdbc.sql("select * from pemda_settings where tenant_id = ?").param(tenantId)
        .query((rs, row) -> read(pemda, rs)).optional()
        .orElseGet(() -> fromDefaults(pemda));
  }

  /** The settings of the Pemda an OPD code or a group id names (its prefix, none for Samarinda). */
  public PemdaSettings ofName(String opdCodeOrGroup) {
    return of(Tenants.of(opdCodeOrGroup));
  }

  /** The time zone of a Pemda. */
  public PemdaZone zone(String tenantId) {
    return of(tenantId).zone();
  }

  /** The deployment's zone ({@code bandwidth.zone}), for what belongs to no Pemda (the administrator's forms). */
  public PemdaZone deploymentZone() {
    return defaults.zone();
  }

  /** The time zone of the Pemda of an OPD. */
  public PemdaZone zoneOfOpd(String opdCode) {
    return ofName(opdCode).zone();
  }

  /** The Pemda's own choices, replacing those it had; values left out are the deployment's. */
  public void save(String tenantId, PemdaSettingsInput input) {
    new FieldErrors().rejectIf(pemdas.find(tenantId).isEmpty(), "id", "Pemda '" + tenantId + "' tidak ada")
        .throwIfAny();
    memo.forget(tenantId);
    jdbc.sql("delete from pemda_settings where tenant_id = ?").param(tenantId).update();
    jdbc.sql("""
            insert into pemda_settings (tenant_id, zone, central_office_code, apbd_adopted_by, latest_extension,
              escalate_to_kadis_after, escalate_to_sekda_after, name_diskominfo, name_kadis_diskominfo, name_sekda,
              name_bpkad) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tenantId, input.zone().name(), input.centralOfficeCode(), text(input.apbdAdoptedBy()),
            text(input.latestExtension()), input.escalateToKadisAfter(), input.escalateToSekdaAfter(),
            input.groupNames().get("diskominfo"), input.groupNames().get("kadis-diskominfo"),
            input.groupNames().get("sekda"), input.groupNames().get("bpkad"))
        .update();
  }

  private PemdaSettings fromDefaults(Pemda pemda) {
    return new PemdaSettings(pemda.id(), pemda.kind(), defaults.zone(), defaults.centralOfficeCode(),
        defaults.apbdAdoptedBy(), defaults.latestExtension(), defaults.escalateToKadisAfter(),
        defaults.escalateToSekdaAfter(), defaults.groupNames());
  }

  private PemdaSettings read(Pemda pemda, ResultSet rs) throws SQLException {
    Map<String, String> names = new HashMap<>(defaults.groupNames());
    for (Map.Entry<String, String> column : NAME_COLUMNS.entrySet()) {
      Optional.ofNullable(rs.getString(column.getValue())).ifPresent(name -> names.put(column.getKey(), name));
    }
    return new PemdaSettings(
        pemda.id(),
        pemda.kind(),
        PemdaZone.valueOf(rs.getString("zone")),
        or(rs.getString("central_office_code"), defaults.centralOfficeCode()),
        or(monthDay(rs.getString("apbd_adopted_by")), defaults.apbdAdoptedBy()),
        or(monthDay(rs.getString("latest_extension")), defaults.latestExtension()),
        or((Integer) rs.getObject("escalate_to_kadis_after"), defaults.escalateToKadisAfter()),
        or((Integer) rs.getObject("escalate_to_sekda_after"), defaults.escalateToSekdaAfter()),
        names);
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static MonthDay monthDay(String text) {
    return text == null ? null : MonthDay.parse("--" + text.strip());
  }

  private static String text(MonthDay day) {
    return day == null ? null : MONTH_DAY.format(day);
  }

  /** A name (OPD code, group, tenant id) of no Pemda on this deployment. */
  public static class UnknownPemda extends IllegalArgumentException {

    public UnknownPemda(String tenantId) {
      super("No Pemda '" + tenantId + "' on this deployment: onboard it first (docs/tenancy.md)");
    }
  }
}
