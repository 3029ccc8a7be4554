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

import org.dualimpact.kernel.identity.PlatformStaff;
import org.dualimpact.kernel.identity.UserId;
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

/** The platform's staff (admins, auditors, operators): platform admins list, grant and remove them. */
@Path("platform/staff")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.JWT)
@RolesAllowed(Role.Names.ADMIN)
public class PlatformStaffResource {

    @Inject
    PlatformStaff staff;

    @Inject
    CurrentActor actor;

    @GET
    @Operation(operationId = "listPlatformStaff", summary = "The users holding platform roles: admin, auditor, operator (platform admin)")
    public List<MemberView> list() {
        return staff.of(actor.get()).stream().map(MemberView::of).toList();
    }

    @PUT
    @Path("{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantPlatformRoles", summary = "Give a user who has signed in these platform roles, replacing "
            + "any it held; effective on its next request (platform admin; the platform keeps one admin)")
    public MembershipView grant(@PathParam("userId") String userId, @NotNull(message = "a JSON body is required") RolesRequest request) {
        return MembershipView.of(staff.grant(actor.get(), UserId.fromRequest(userId), IdentityViews.roles(request.roles())));
    }

    @DELETE
    @Path("{userId}")
    @Operation(operationId = "removePlatformStaff", summary = "End a user's platform membership; effective on its next request "
            + "(platform admin; the platform keeps one admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("userId") String userId) {
        staff.remove(actor.get(), UserId.fromRequest(userId));
    }
}
