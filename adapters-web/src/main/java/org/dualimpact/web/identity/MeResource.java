package org.dualimpact.web.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.identity.SignInService;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.identity.IdentityViews.MeView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller as the product knows it: any signed-in identity, with or without memberships. */
@Path("me")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
@SecurityRequirement(name = RestApplication.JWT)
public class MeResource {

    @Inject
    SignInService signIn;

    @Inject
    CallerIdentity caller;

    @GET
    @PermitAll
    @Operation(operationId = "getMe", summary = "Your pseudonymous user id, name, e-mail and memberships (any signed-in identity; 401 without a token)")
    public MeView me() {
        return MeView.of(signIn.profileOf(caller.get()));
    }
}
