package id.go.pemda.bandwidth.web.cockpit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.pemda.bandwidth.web.ApiForbiddenException;
import id.go.pemda.bandwidth.web.ApiInputException;
import id.go.pemda.bandwidth.web.ApiProblems;
import id.go.pemda.bandwidth.web.TransitionReports;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The dashboard's data for the user of the Cockpit session: the same report, with the same rules,
 * as {@code /api/reports/transition}. Jersey creates this resource, not Spring, so the report
 * comes through {@link SpringBeans}; the user and groups are those the webapp's authentication
 * filter put on the engine for this request. The JSON is written by the application's mapper, so
 * both doors answer the same bytes.
 */
public class TransitionDashboardResource extends AbstractCockpitPluginResource {

  private static final String COCKPIT = "cockpit";

  public TransitionDashboardResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("report")
  @Produces(MediaType.APPLICATION_JSON)
  public Response report(@QueryParam("fiscalYear") String fiscalYear, @QueryParam("programId") String programId) {
    return answer((tenant, groups) -> SpringBeans.get(TransitionReports.class).read(tenant, groups, fiscalYear, programId));
  }

  @GET
  @Path("programs")
  @Produces(MediaType.APPLICATION_JSON)
  public Response programs() {
    return answer((tenant, groups) -> SpringBeans.get(TransitionReports.class).programs(tenant, groups));
  }

  private Response answer(BiFunction<String, List<String>, Object> read) {
    Authentication user = getCurrentAuthentication();
    if (user == null) {
      return problem(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Login ke Cockpit diperlukan."));
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    // Cockpit's own pages check this on login; a plugin's resource answers to anyone logged in
    // to any webapp unless it asks itself
    if (!getProcessEngine().getAuthorizationService()
        .isUserAuthorized(user.getUserId(), groups, Permissions.ACCESS, Resources.APPLICATION, COCKPIT)) {
      return problem(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Akun ini tidak punya akses ke Cockpit."));
    }
    try {
      List<String> tenants = user.getTenantIds() == null ? List.of() : user.getTenantIds();
      if (tenants.size() != 1) {
        // an account of no single Pemda (the administrator) sees no Pemda's data, as in the report API
        throw new ApiForbiddenException("Akun ini bukan milik satu Pemda, jadi tidak melihat data Pemda mana pun.");
      }
      return Response.ok(json(read.apply(tenants.get(0), groups)), MediaType.APPLICATION_JSON).build();
    } catch (ApiForbiddenException e) {
      return problem(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage()));
    } catch (ApiInputException e) {
      return problem(ApiProblems.invalid(e.errors()));
    }
  }

  private static Response problem(ProblemDetail problem) {
    return Response.status(problem.getStatus()).type("application/problem+json").entity(json(problem)).build();
  }

  private static String json(Object value) {
    try {
      return SpringBeans.get(ObjectMapper.class).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
