package id.go.pemda.bandwidth.web.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * {@code /camunda/api/cockpit/plugin/transisi-bandwidth/}: {@code static/app/plugin.js} (served by
 * the base class) and {@code {engine}/...}, the data, which Cockpit's security filter lets through
 * only with a Cockpit session.
 */
@Path("plugin/" + TransitionDashboardPlugin.ID)
public class TransitionDashboardRootResource extends AbstractCockpitPluginRootResource {

  public TransitionDashboardRootResource() {
    super(TransitionDashboardPlugin.ID);
  }

  @Path("{engineName}")
  public TransitionDashboardResource engine(@PathParam("engineName") String engineName) {
    return subResource(new TransitionDashboardResource(engineName), engineName);
  }
}
