package org.dualimpact.web.spo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.SpoService;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.security.CurrentActor;
import org.dualimpact.web.spo.SpoViews.VerificationView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification of Dual Impact Agreements by reference: any buyer (in any area) may confirm that a
 * contracted agreement exists, who its parties are and its content hash — never its commitments.
 */
@Path("agreements")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social Purchase Orders")
@SecurityRequirement(name = RestApplication.JWT)
public class AgreementResource {

    @Inject
    SpoService spos;

    @Inject
    CurrentActor actor;

    @GET
    @Path("{ref}/verification")
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.AUDITOR})
    @Operation(summary = "Summary of a contracted agreement by its reference (any buyer; parties)")
    public VerificationView verify(@PathParam("ref") String reference) {
        return VerificationView.of(spos.verification(actor.get(), reference));
    }
}
