package org.dualimpact.web.identity;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.identity.Members;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.identity.IdentityViews.MemberView;
import org.dualimpact.web.identity.IdentityViews.MembershipView;
import org.dualimpact.web.identity.IdentityViews.RolesRequest;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An organisation's members: its organisation admins, or a platform admin, list, change roles and remove. */
@Path("organisations/{id}/members")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.JWT)
@RolesAllowed({Role.Names.ADMIN, Role.Names.ORGANISATION_ADMIN})
public class MemberResource {

    @Inject
    Members members;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listMembers", summary = "The organisation's members and service accounts (organisation admin or platform admin)")
    public List<MemberView> list(@PathParam("id") String id) {
        return members.of(actor.get(), OrganisationId.fromRequest(id)).stream().map(MemberView::of).toList();
    }

    @PUT
    @Path("{userId}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMemberRoles", summary = "Replace a member's roles; effective on the member's next request "
            + "(organisation admin or platform admin; the organisation keeps one organisation admin)")
    public MembershipView changeRoles(@PathParam("id") String id, @PathParam("userId") String userId,
            @NotNull(message = "a JSON body is required") RolesRequest request) {
        return MembershipView.of(members.changeRoles(actor.get(), OrganisationId.fromRequest(id), UserId.fromRequest(userId),
                IdentityViews.roles(request.roles())));
    }

    @DELETE
    @Path("{userId}")
    @Operation(operationId = "removeMember", summary = "End a membership; effective on the member's next request "
            + "(organisation admin or platform admin; the organisation keeps one organisation admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") String id, @PathParam("userId") String userId) {
        members.remove(actor.get(), OrganisationId.fromRequest(id), UserId.fromRequest(userId));
    }
}
