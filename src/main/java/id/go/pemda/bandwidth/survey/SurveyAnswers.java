package id.go.pemda.bandwidth.survey;

import id.go.pemda.bandwidth.shared.FieldErrors;
import id.go.pemda.bandwidth.site.SiteKind;
import id.go.pemda.bandwidth.tenant.Pemda;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an OPD answered, as the survey form carries it; its fields are named as the form names
 * them, so a refusal ({@link #check}) points at the form's own fields.
 *
 * @param sites every site it connects, the registry's and any it added
 */
public record SurveyAnswers(String contactName, String contactPhone, String obstacles, List<SiteAnswer> sites) {

  static final String SITES = "sites";
  private static final String WITHOUT_INTERNET = "titik ini belum ada internet";

  /**
   * One site of the survey.
   *
   * @param siteCode the registry's site, or null for a site the OPD adds
   * @param kelurahan the site's kelurahan, in a kota
   * @param desa the site's desa, in a kabupaten
   */
  public record SiteAnswer(
      String siteCode, String name, SiteKind kind, String kelurahan, String desa, String address, Internet internet,
      SiteSurvey.Needs needs) {

    /** The village the site is in, kelurahan or desa as its Pemda has them. */
    public String village() {
      return kelurahan != null ? kelurahan : desa;
    }

    /**
     * A kota's site is in a kelurahan, a kabupaten's in a desa: the field of the other is empty;
     * and a kantor desa is a kabupaten's (a kota has kantor kelurahan).
     */
    void checkVillage(FieldErrors row, Pemda.Kind pemda) {
      boolean kabupaten = pemda == Pemda.Kind.KABUPATEN;
      String given = kabupaten ? desa : kelurahan;
      String other = kabupaten ? kelurahan : desa;
      row.rejectIf(kind != null && !kind.existsIn(pemda), "kind",
              "kantor desa hanya ada di kabupaten; wilayah kota terbagi atas kelurahan: pilih Kantor kelurahan")
          .rejectIf(given == null || given.isBlank(), kabupaten ? "desa" : "kelurahan", "wajib diisi")
          .rejectIf(other != null && !other.isBlank(), kabupaten ? "kelurahan" : "desa",
              kabupaten ? "kosongkan: wilayah kabupaten terbagi atas desa" : "kosongkan: wilayah kota terbagi atas kelurahan");
    }
  }

  /**
   * What a site has today: nothing, its own ISP (named, with its contract), or a circuit of Icon+
   * already (which then moves into the central contract).
   */
  public record Internet(
      SiteInternet connectivity, String ispName, LocalDate contractEnd, Integer noticeDays, int currentBandwidthMbps,
      BigDecimal monthlyCostRupiah, String iconplusCircuitId) {

    /** As the survey keeps it. */
    public SiteSurvey.Connectivity current() {
      return switch (connectivity) {
        case NONE -> SiteSurvey.Connectivity.NONE;
        case OWN_ISP -> new SiteSurvey.Connectivity(
            ispName, contractEnd, noticeDays, currentBandwidthMbps, monthlyCostRupiah, null);
        case ICONPLUS -> new SiteSurvey.Connectivity(
            "Icon+", contractEnd, noticeDays, currentBandwidthMbps, monthlyCostRupiah, iconplusCircuitId);
      };
    }

    /**
     * A site without internet has no ISP, contract, bandwidth or cost; one with its own ISP names
     * it and its contract; one on Icon+ gives its circuit; a subscribed site has some bandwidth.
     */
    void check(FieldErrors row) {
      switch (connectivity) {
        case NONE -> row
            .rejectIf(ispName != null, "ispName", "kosongkan: " + WITHOUT_INTERNET)
            .rejectIf(iconplusCircuitId != null, "iconplusCircuitId", "kosongkan: " + WITHOUT_INTERNET)
            .rejectIf(contractEnd != null, "contractEnd", "kosongkan: " + WITHOUT_INTERNET)
            .rejectIf(currentBandwidthMbps != 0, "currentBandwidthMbps", "harus 0: " + WITHOUT_INTERNET)
            .rejectIf(monthlyCostRupiah.signum() != 0, "monthlyCostRupiah", "harus 0: " + WITHOUT_INTERNET);
        case OWN_ISP -> {
          requireFilled(row, "ispName", ispName);
          requireFilled(row, "contractEnd", contractEnd);
          requireFilled(row, "noticeDays", noticeDays);
          requireSubscribedBandwidth(row);
          row.rejectIf(iconplusCircuitId != null, "iconplusCircuitId", "kosongkan: titik ini memakai ISP sendiri");
        }
        case ICONPLUS -> {
          requireFilled(row, "iconplusCircuitId", iconplusCircuitId);
          requireSubscribedBandwidth(row);
        }
      }
    }

    private void requireSubscribedBandwidth(FieldErrors row) {
      row.rejectIf(currentBandwidthMbps < 1, "currentBandwidthMbps", "minimal 1 untuk titik yang sudah berlangganan");
    }

    private static void requireFilled(FieldErrors row, String field, Object value) {
      row.rejectIf(value == null, field, "wajib diisi untuk titik dengan ISP sendiri");
    }
  }

  /**
   * At least one site; each registry site once, and only the OPD's own; each in a kelurahan (a
   * kota's) or a desa (a kabupaten's); each site's internet as its kind requires.
   *
   * @param ownSite whether a site code is one of the OPD's registry sites
   * @param pemda whether the OPD's Pemda is a kota or a kabupaten
   */
  public FieldErrors check(Predicate<String> ownSite, Pemda.Kind pemda) {
    FieldErrors errors = new FieldErrors();
    errors.rejectIf(sites.isEmpty(), SITES, "isi paling sedikit satu titik koneksi");
    Set<String> codes = new HashSet<>();
    for (int index = 0; index < sites.size(); index++) {
      SiteAnswer site = sites.get(index);
      FieldErrors row = errors.row(SITES, index);
      String code = site.siteCode();
      row.rejectIf(code != null && (!codes.add(code) || !ownSite.test(code)),
          "siteCode", "titik ini bukan titik OPD Anda atau tercantum dua kali");
      site.checkVillage(row, pemda);
      site.internet().check(row);
    }
    return errors;
  }
}
