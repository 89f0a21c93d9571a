package id.go.pemda.bandwidth.site;

import id.go.pemda.bandwidth.shared.TransactionMemo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sites of every OPD, as the registry lists them and as OPDs report them in their survey. */
@Service
@Transactional
public class SiteRegistry {

  private final SiteRepository sites;
  /** Every form view of a step names its sites; written only here within a transaction. */
  private final TransactionMemo<Long, Site> byId = new TransactionMemo<>();

  public SiteRegistry(SiteRepository sites) {
    this.sites = sites;
  }

  @Transactional(readOnly = true)
  public List<Site> sitesOf(String opdCode) {
    return sites.findByOpdCodeAndActiveTrueOrderByName(opdCode);
  }

  @Transactional(readOnly = true)
  public Site require(Long siteId) {
    Site site = byId.get(siteId, id -> sites.findById(id).orElse(null));
    if (site == null) {
      throw new IllegalStateException("No site with id " + siteId);
    }
    return site;
  }

  @Transactional(readOnly = true)
  public Optional<Site> byCode(String code) {
    return sites.findByCode(code);
  }

  /** A site the OPD reported that the registry did not list yet. */
  public Site report(String opdCode, String name, SiteKind kind, String kelurahan, String address) {
    String code = uniqueCode(opdCode, name);
    return sites.save(new Site(null, opdCode, code, name, kind, kelurahan, address, true));
  }

  /** Name, kind and place as the OPD wrote them in its survey. */
  public Site relocate(Site site, String name, SiteKind kind, String kelurahan, String address) {
    Site updated = site.described(name, kind, kelurahan, address);
    return updated.equals(site) ? site : save(updated);
  }

  public Site save(Site site) {
    if (site.id() != null) {
      byId.forget(site.id());
    }
    return sites.save(site);
  }

  private String uniqueCode(String opdCode, String name) {
    String base = (opdCode + "-" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-"))
        .replaceAll("-+$", "");
    base = base.length() > 54 ? base.substring(0, 54) : base;
    String code = base;
    for (int n = 2; sites.findByCode(code).isPresent(); n++) {
      code = base + "-" + n;
    }
    return code;
  }
}
