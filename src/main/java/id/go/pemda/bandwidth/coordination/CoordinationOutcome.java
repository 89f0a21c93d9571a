package id.go.pemda.bandwidth.coordination;

import id.go.pemda.bandwidth.shared.FieldErrors;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diskominfo's technical coordination: the survey goes back to the OPD, or every site's plan is
 * agreed. Its fields are named as the coordination form names them.
 *
 * @param sites one agreement per site of the plan, in the plan's order (ignored when sent back)
 */
public record CoordinationOutcome(CoordinationDecision decision, List<SiteAgreement> sites) {

  static final String SITES = "sites";

  /** What Diskominfo agreed for one site, named by the site's registry code. */
  public record SiteAgreement(
      String siteCode, int agreedMbps, BigDecimal centralMonthlyCostRupiah, Solution solution, String technicalNotes) {}

  /** A site of the plan being coordinated: its code, and whether the survey found it on Icon+ already. */
  record PlannedSite(Long siteId, String siteCode, boolean onIconPlus) {}

  /**
   * The agreements are the plan's sites in the plan's order (a client cannot add, drop or swap
   * one), and only a site already on Icon+ may keep its circuit.
   */
  FieldErrors check(List<PlannedSite> planned) {
    FieldErrors errors = new FieldErrors();
    if (sites.size() != planned.size()) {
      return errors.reject(
          SITES, "daftar harus memuat " + planned.size() + " titik hasil survei, tidak boleh ditambah atau dikurangi");
    }
    for (int index = 0; index < planned.size(); index++) {
      PlannedSite site = planned.get(index);
      SiteAgreement agreed = sites.get(index);
      errors.row(SITES, index)
          .rejectIf(!site.siteCode().equals(agreed.siteCode()), "siteCode", "titik tidak sesuai survei; muat ulang formulir")
          .rejectIf(agreed.solution() == Solution.ICONPLUS_ADOPTED && !site.onIconPlus(),
              "solution", "hanya untuk titik yang sudah pelanggan Icon+ menurut survei");
    }
    return errors;
  }

  /** The agreement of each planned site, by site id; {@link #check} first. */
  Map<Long, SitePlan.Agreement> bySite(List<PlannedSite> planned) {
    Map<Long, SitePlan.Agreement> bySite = new LinkedHashMap<>();
    for (int index = 0; index < planned.size(); index++) {
      SiteAgreement agreed = sites.get(index);
      bySite.put(planned.get(index).siteId(), new SitePlan.Agreement(
          agreed.agreedMbps(), agreed.centralMonthlyCostRupiah(), agreed.solution(), agreed.technicalNotes()));
    }
    return bySite;
  }
}
