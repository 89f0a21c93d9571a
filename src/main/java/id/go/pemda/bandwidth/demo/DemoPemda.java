package id.go.pemda.bandwidth.demo;

import id.go.pemda.bandwidth.identity.PemdaOnboarding;
import id.go.pemda.bandwidth.tenant.Pemda;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.PemdaRegistry;
import id.go.pemda.bandwidth.tenant.PemdaSettingsInput;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a second Pemda beside Samarinda, Kabupaten Penajam Paser Utara
 * ({@value #ID}), onboarded as an administrator would, so the demo shows two Pemda apart. It
 * comes before {@link DemoUsers}, which gives it its users.
 */
@Component
@Profile("demo")
@Order(10)
public class DemoPemda implements DemoStep {

  static final String ID = "ppu";
  static final Pemda PPU =
      new Pemda(ID, "Pemerintah Kabupaten Penajam Paser Utara", Pemda.Kind.KABUPATEN, "Kalimantan Timur");
  /** Kalimantan Timur is in WITA; every other setting is the deployment's. */
  static final PemdaSettingsInput PPU_SETTINGS = PemdaSettingsInput.of(PemdaZone.WITA);

  private final PemdaRegistry pemdas;
  private final PemdaOnboarding onboarding;

  public DemoPemda(PemdaRegistry pemdas, PemdaOnboarding onboarding) {
    this.pemdas = pemdas;
    this.onboarding = onboarding;
  }

  @Override
  public void prepare() throws IOException {
    if (pemdas.find(ID).isEmpty()) {
      try (InputStream registry = new ClassPathResource("registry/opd-ppu.csv").getInputStream()) {
        onboarding.onboard(PPU, PPU_SETTINGS, registry);
      }
    }
  }
}
