package org.dualimpact.web.organisation;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.security.CurrentActor;
import org.dualimpact.web.openapi.ApiModel;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Organisations: any signed-in user reads them; admins register them.
 */
@Path("organisations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@SecurityRequirement(name = RestApplication.JWT)
@RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
    Role.Names.AUDITOR, Role.Names.OPERATOR})
public class OrganisationResource {

    /** An organisation as the API shows it. */
    public record OrganisationView(String id, @Schema(ref = "OrganisationKind") OrganisationKind kind, String name, List<String> territories) {
        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(organisation.id().value(), organisation.kind(), organisation.name(),
                    organisation.territories().stream().sorted().toList());
        }
    }

    /** What an admin sends to register an organisation. */
    public record RegistrationRequest(
            @NotBlank @Pattern(regexp = "GB-[A-Z]{2,5}-[A-Za-z0-9][A-Za-z0-9-]{0,19}",
                    message = "must be an org-id style identifier such as GB-COH-01234567") String id,
            @Schema(ref = "OrganisationKind", required = true) @NotNull OrganisationKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotEmpty Set<@NotBlank String> territories) {
    }

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listOrganisations", summary = "All organisations, ordered by name")
    public List<OrganisationView> list() {
        return organisations.all().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrganisation", summary = "One organisation by its register identifier")
    public OrganisationView get(@PathParam("id") String id) {
        return OrganisationView.of(organisations.get(OrganisationId.fromRequest(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation (admin)")
    @APIResponse(responseCode = "201", description = "Created: the organisation", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response register(@NotNull(message = "a JSON body is required") @Valid RegistrationRequest request) {
        Organisation registered = organisations.register(actor.get(), new OrganisationService.Registration(
                request.id(), request.kind(), request.name(), request.territories()));
        return Response.created(URI.create("organisations/" + registered.id().value()))
                .entity(OrganisationView.of(registered)).build();
    }
}
