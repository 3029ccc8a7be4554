package org.dualimpact.web.identity;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.identity.Members;
import org.dualimpact.kernel.identity.ServiceAccounts;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.identity.IdentityViews.MemberView;
import org.dualimpact.web.identity.IdentityViews.ServiceAccountRequest;
import org.dualimpact.web.openapi.ApiModel;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's service accounts: clients of a trusted provider acting for it with roles. */
@Path("organisations/{id}/service-accounts")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.JWT)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORGANISATION_ADMIN})
public class ServiceAccountResource {

    @Inject
    ServiceAccounts accounts;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerServiceAccount", summary = "Register a client (issuer + subject, the client id as the provider puts it in sub) "
            + "with the organisation kind's role (organisation admin or platform admin)")
    @APIResponse(responseCode = "201", description = "Created: the service account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response register(@PathParam("id") String id, @NotNull(message = "a JSON body is required") ServiceAccountRequest request) {
        OrganisationId organisation = OrganisationId.fromRequest(id);
        Members.Member account = accounts.register(actor.get(), organisation, new ServiceAccounts.Registration(
                request.issuer(), request.subject(), request.name(), IdentityViews.roles(request.roles())));
        return Response.created(URI.create("organisations/" + organisation.value() + "/service-accounts/" + account.user().value()))
                .entity(MemberView.of(account)).build();
    }

    @GET
    @Operation(operationId = "listServiceAccounts", summary = "The organisation's service accounts (organisation admin or platform admin)")
    public List<MemberView> list(@PathParam("id") String id) {
        return accounts.of(actor.get(), OrganisationId.fromRequest(id)).stream().map(MemberView::of).toList();
    }

    @DELETE
    @Path("{userId}")
    @Operation(operationId = "removeServiceAccount", summary = "Remove a service account; its next request is refused (organisation admin or platform admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") String id, @PathParam("userId") String userId) {
        accounts.remove(actor.get(), OrganisationId.fromRequest(id), UserId.fromRequest(userId));
    }
}
