package id.go.pemda.bandwidth.web.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Sekda's dashboard "Transisi Bandwidth" in Cockpit: a page and its navigation entry
 * ({@code plugin-webapp/transisi-bandwidth/app/plugin.js}) and the REST resource that feeds it.
 * Cockpit finds it through {@code META-INF/services} and creates it itself, outside Spring.
 */
public class TransitionDashboardPlugin extends AbstractCockpitPlugin {

  public static final String ID = "transisi-bandwidth";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(TransitionDashboardRootResource.class);
  }
}
