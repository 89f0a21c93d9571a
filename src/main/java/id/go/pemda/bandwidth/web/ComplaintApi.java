package id.go.pemda.bandwidth.web;

import id.go.pemda.bandwidth.complaint.Complaint;
import id.go.pemda.bandwidth.complaint.ComplaintCategory;
import id.go.pemda.bandwidth.complaint.ComplaintChannel;
import id.go.pemda.bandwidth.complaint.ComplaintIntake;
import id.go.pemda.bandwidth.complaint.ComplaintRoute;
import id.go.pemda.bandwidth.complaint.ComplaintService;
import id.go.pemda.bandwidth.complaint.ComplaintStage;
import id.go.pemda.bandwidth.complaint.ComplaintStatus;
import id.go.pemda.bandwidth.complaint.Severity;
import id.go.pemda.bandwidth.identity.Groups;
import id.go.pemda.bandwidth.opd.OpdRegistry;
import id.go.pemda.bandwidth.shared.SafeText;
import id.go.pemda.bandwidth.shared.PemdaZone;
import id.go.pemda.bandwidth.tenant.PemdaSettingsService;
import id.go.pemda.bandwidth.tenant.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/complaints}: systems and OPD operators file complaints over HTTP. An OPD's own
 * users may file and read its complaints, Diskominfo those of every OPD.
 */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaints", description = "Network complaints of an OPD")
public class ComplaintApi {

  private final ComplaintIntake intake;
  private final ComplaintService complaints;
  private final OpdRegistry registry;
  private final PemdaSettingsService settings;

  public ComplaintApi(
      ComplaintIntake intake, ComplaintService complaints, OpdRegistry registry, PemdaSettingsService settings) {
    this.settings = settings;
    this.intake = intake;
    this.complaints = complaints;
    this.registry = registry;
  }

  @PostMapping
  @Operation(
      summary = "File a complaint for an OPD",
      description = "For the OPD's own users (group opd-<code>) and Diskominfo of its Pemda. Starts the "
          + "complaint's evaluation; answers 201 with where it went and by when it is answered.")
  public ResponseEntity<ComplaintResponse> file(@Valid @RequestBody ComplaintRequest request, Authentication caller) {
    String unsafe = SafeText.problem(request.description(), true);
    if (unsafe != null) {
      throw ApiInputException.of("description", unsafe);
    }
    String given = request.opdCode().strip().toUpperCase(Locale.ROOT);
    // a Pemda's users write their own registry's codes; the prefix makes them the Pemda's
    String opdCode =
        given.contains(".") ? given : CallerTenant.of(caller).map(tenant -> Tenants.opdCode(tenant, given)).orElse(given);
    // another Pemda's OPD answers exactly as an unknown one: its codes cannot be listed
    boolean ofCallersPemda = CallerTenant.of(caller).map(Tenants.of(opdCode)::equals).orElse(true);
    if (!ofCallersPemda || !registry.exists(opdCode)) {
      throw ApiInputException.of("opdCode", "OPD '" + request.opdCode() + "' tidak terdaftar");
    }
    Instant occurredAt = request.occurredAt() == null ? null : request.occurredAt().toInstant();
    requireAccess(caller, opdCode);
    Complaint complaint =
        intake.file(
            opdCode,
            new Complaint.Report(
                request.category(), request.description(), occurredAt, caller.getName(), ComplaintChannel.API));
    return ResponseEntity.created(URI.create("/api/complaints/" + complaint.id()))
        .body(ComplaintResponse.of(complaint, settings.zoneOfOpd(complaint.opdCode())));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read a complaint", description = "For the OPD's own users and Diskominfo of its Pemda.")
  public ComplaintResponse get(@PathVariable long id, Authentication caller) {
    Complaint complaint =
        complaints.find(id)
            // another Pemda's complaint is not there for this caller
            .filter(found -> CallerTenant.of(caller).map(Tenants.of(found.opdCode())::equals).orElse(true))
            .orElseThrow(() -> new ApiNotFoundException("Keluhan " + id + " tidak ada"));
    requireAccess(caller, complaint.opdCode());
    return ComplaintResponse.of(complaint, settings.zoneOfOpd(complaint.opdCode()));
  }

  private static void requireAccess(Authentication caller, String opdCode) {
    boolean allowed =
        caller.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            // Diskominfo of the OPD's own Pemda, or the OPD itself
            .anyMatch(group -> group.equals(Groups.of(Tenants.of(opdCode), Groups.DISKOMINFO))
                || group.equals(Groups.opd(opdCode)));
    if (!allowed) {
      throw new ApiForbiddenException("Akun ini tidak boleh melaporkan atau melihat keluhan OPD " + opdCode);
    }
  }

  /** What a caller sends. */
  public record ComplaintRequest(
      @NotBlank(message = "wajib diisi") @Size(max = 40, message = "maksimal 40 karakter") String opdCode,
      @NotNull(message = "wajib diisi; salah satu dari LINK_DOWN, SLOW, INTERMITTENT, OTHER")
          ComplaintCategory category,
      @NotBlank(message = "wajib diisi") @Size(max = 4000, message = "maksimal 4000 karakter") String description,
      OffsetDateTime occurredAt) {}

  /**
   * What the caller is told: the number, where the complaint went and by when it is answered.
   * Times are given in the time zone of the OPD's Pemda (+07:00 WIB, +08:00 WITA, +09:00 WIT).
   */
  public record ComplaintResponse(
      long complaintId,
      String opdCode,
      ComplaintCategory category,
      String description,
      ComplaintStatus status,
      ComplaintStage stage,
      ComplaintRoute route,
      Severity severity,
      OffsetDateTime responseDueAt,
      OffsetDateTime filedAt) {

    static ComplaintResponse of(Complaint complaint, PemdaZone zone) {
      return new ComplaintResponse(
          complaint.id(), complaint.opdCode(), complaint.category(), complaint.description(), complaint.status(),
          complaint.stage(), complaint.route(), complaint.severity(), local(complaint.responseDueAt(), zone),
          local(complaint.filedAt(), zone));
    }

    private static OffsetDateTime local(Instant instant, PemdaZone zone) {
      return instant.atZone(zone.zone()).toOffsetDateTime();
    }
  }
}
