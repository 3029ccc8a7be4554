package org.dualimpact.web.spo;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.ledger.ContributionProgress;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.RecordContribution;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.ledger.LedgerResource;
import org.dualimpact.web.security.CurrentActor;
import org.dualimpact.web.spo.SpoViews.VerificationView;
import org.dualimpact.web.openapi.ApiModel;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dual Impact Agreements by reference: verification (any buyer, in any area, holding the reference
 * and the verification code printed on the agreement, may confirm that a contracted agreement exists,
 * which organisations are its parties and its content hash — never its commitments, never users),
 * contributions recorded against it, and its delivery progress from the ledger.
 */
@Path("agreements")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social Purchase Orders")
@SecurityRequirement(name = RestApplication.JWT)
public class AgreementResource {

    @Inject
    SpoQueries queries;

    @Inject
    RecordContribution recording;

    @Inject
    ContributionProgress progress;

    @Inject
    CurrentActor actor;

    @POST
    @Path("{ref}/contributions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPPLIER)
    @Operation(operationId = "recordContribution", summary = "Record a contribution delivered under a contracted agreement (its supplier)")
    @APIResponse(responseCode = "201", description = "Created: the contribution entry; Location is the entry", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LedgerResource.EntryView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response record(@PathParam("ref") String agreement,
            @NotNull(message = "a JSON body is required") @Valid LedgerResource.ContributionJson c) {
        LedgerEntry entry = recording.record(actor.get(), SpoReference.fromRequest(agreement), c.request());
        return Response.created(URI.create("ledger/entries/" + entry.sequence())).entity(LedgerResource.EntryView.of(entry)).build();
    }

    @GET
    @Path("{ref}/progress")
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER, Role.Names.AUDITOR})
    @Operation(operationId = "getAgreementProgress", summary = "Committed vs recorded vs confirmed vs disputed per commitment line, from the ledger")
    public List<LedgerResource.ProgressView> progress(@PathParam("ref") String agreement) {
        return progress.progress(actor.get(), SpoReference.fromRequest(agreement)).stream().map(LedgerResource.ProgressView::of)
                .toList();
    }

    @GET
    @Path("{ref}/verification")
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.AUDITOR})
    @Operation(operationId = "verifyAgreement", summary = "Summary of a contracted agreement by its reference and the verification code printed on its "
            + "document (any buyer; parties); organisations only, no users; a missing or wrong code answers 404")
    public VerificationView verify(@PathParam("ref") String reference, @QueryParam("code") String code) {
        return VerificationView.of(queries.verification(actor.get(), SpoReference.fromRequest(reference), code));
    }
}
