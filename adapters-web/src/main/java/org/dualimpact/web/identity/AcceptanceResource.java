package org.dualimpact.web.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.identity.Invitations;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.identity.IdentityViews.MembershipView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accepting an invitation: any signed-in identity whose provider verified the invited e-mail. */
@Path("invitations")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.JWT)
public class AcceptanceResource {

    @Inject
    Invitations invitations;

    @Inject
    CallerIdentity caller;

    @POST
    @Path("{token}/acceptance")
    @PermitAll
    @Operation(operationId = "acceptInvitation", summary = "Accept an invitation with its link's token: the membership it grants "
            + "(any signed-in identity whose verified e-mail is the invited one; once; before expiry)")
    public MembershipView accept(@PathParam("token") String token) {
        return MembershipView.of(invitations.accept(caller.get(), token));
    }
}
