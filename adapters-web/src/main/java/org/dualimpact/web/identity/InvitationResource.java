package org.dualimpact.web.identity;

import java.net.URI;
import java.time.Clock;
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

import org.dualimpact.kernel.identity.Invitations;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.identity.IdentityViews.InvitationRequest;
import org.dualimpact.web.identity.IdentityViews.InvitationView;
import org.dualimpact.web.openapi.ApiModel;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's invitations: its organisation admins, or a platform admin, invite, list and revoke. */
@Path("organisations/{id}/invitations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.JWT)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORGANISATION_ADMIN})
public class InvitationResource {

    @Inject
    Invitations invitations;

    @Inject
    CurrentActor actor;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteMember", summary = "Invite an e-mail address with roles; the link is mailed and returned (organisation admin or platform admin)")
    @APIResponse(responseCode = "201", description = "Created: the invitation with its single-use link",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response invite(@PathParam("id") String id, @NotNull(message = "a JSON body is required") InvitationRequest request) {
        OrganisationId organisation = OrganisationId.fromRequest(id);
        Invitations.Sent sent = invitations.invite(actor.get(), organisation,
                new Invitations.Invite(request.email(), IdentityViews.roles(request.roles())));
        return Response.created(URI.create("organisations/" + organisation.value() + "/invitations"))
                .entity(InvitationView.of(sent)).build();
    }

    @DELETE
    @Path("{invitationId}")
    @Operation(operationId = "revokeInvitation", summary = "Revoke a pending invitation; its link is then refused "
            + "(organisation admin or platform admin)")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") String id, @PathParam("invitationId") String invitationId) {
        invitations.revoke(actor.get(), OrganisationId.fromRequest(id), invitationId);
    }

    @GET
    @Operation(operationId = "listInvitations", summary = "The organisation's invitations, newest first, without their links (organisation admin or platform admin)")
    public List<InvitationView> list(@PathParam("id") String id) {
        return invitations.of(actor.get(), OrganisationId.fromRequest(id)).stream()
                .map(i -> InvitationView.of(i, clock.instant())).toList();
    }
}
