package org.dualimpact.web.identity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.identity.UserErasure;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users by their pseudonymous id: a platform admin erases one on request. */
@Path("users")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.JWT)
public class UserResource {

    @Inject
    UserErasure erasure;

    @Inject
    CurrentActor actor;

    @DELETE
    @Path("{userId}")
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(operationId = "eraseUser", summary = "Erase a user's name and e-mail and end its memberships; the journal and ledger, "
            + "which name it by its id, stay verifiable (platform admin)")
    @APIResponse(responseCode = "204", description = "Erased")
    public void erase(@PathParam("userId") String userId) {
        erasure.erase(actor.get(), UserId.fromRequest(userId));
    }
}
