package id.go.pemda.bandwidth.process.view;

import id.go.pemda.bandwidth.shared.Rupiah;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.survey.SiteSurvey;
import java.util.ArrayList;
import java.util.List;

/** What the forms of more than one process show alike: the OPD, the site, a site's survey. */
public final class SharedViews {

  public static final String OPD = "viewOpd";
  public static final String SITE = "viewSite";

  private SharedViews() {}

  /** "Dinas Kesehatan (DINKES)": forms name the OPD, not only its code. */
  static String opd(String name, String code) {
    return name + " (" + code + ")";
  }

  /** A site's answers in one line: its internet today and what it needs. */
  static String survey(SiteSurvey survey) {
    SiteSurvey.Connectivity now = survey.current();
    String internet;
    if (now.onIconPlus()) {
      internet = "Icon+ " + now.iconplusCircuitId() + ", " + now.currentBandwidthMbps() + " Mbps, "
          + Rupiah.format(now.monthlyCostRupiah()) + "/bulan";
    } else if (now.hasOwnIsp()) {
      internet = now.currentIsp() + ", " + now.currentBandwidthMbps() + " Mbps, " + Rupiah.format(now.monthlyCostRupiah())
          + "/bulan, kontrak s.d. " + PemdaZone.formatDate(now.contractEnd());
    } else {
      internet = "belum ada internet";
    }
    SiteSurvey.Needs needs = survey.needs();
    return internet + "; " + needs.staffCount() + " pegawai, " + needs.serviceCounters() + " loket, " + needs.cctvCameras()
        + " CCTV, " + needs.hostedApplications() + " aplikasi";
  }

  /** A form's keys: those of another form, and more. */
  static List<String> with(List<String> keys, String... more) {
    List<String> all = new ArrayList<>(keys);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
