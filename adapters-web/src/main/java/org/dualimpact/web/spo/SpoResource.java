package org.dualimpact.web.spo;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoAgreement;
import org.dualimpact.kernel.spo.SpoDocuments;
import org.dualimpact.kernel.spo.SpoDrafting;
import org.dualimpact.kernel.spo.SpoDrafting.ExistingContractRequest;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoSubmission;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.problem.IfMatch;
import org.dualimpact.web.problem.Problems;
import org.dualimpact.web.security.CurrentActor;
import org.dualimpact.web.spo.SpoViews.ContractRequest;
import org.dualimpact.web.spo.SpoViews.HistoryEntry;
import org.dualimpact.web.spo.SpoViews.SpoRequest;
import org.dualimpact.web.spo.SpoViews.SpoView;
import org.dualimpact.web.spo.SpoViews.SubmissionRequest;
import org.dualimpact.web.spo.SpoViews.VerdictRequest;
import org.dualimpact.web.openapi.ApiModel;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Social Purchase Orders through their four stages. Confidential: an SPO the caller may not see is
 * answered 404 exactly as one that does not exist; a caller without the role an action needs gets
 * 403 whatever the reference. Responses carry the SPO's version as {@code ETag}; an edit (PUT)
 * must send it back as {@code If-Match}.
 */
@Path("spos")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Social Purchase Orders")
@SecurityRequirement(name = RestApplication.JWT)
public class SpoResource {

    @Inject
    SpoDrafting drafting;

    @Inject
    SpoSubmission submission;

    @Inject
    SpoAgreement agreements;

    @Inject
    SpoQueries queries;

    @Inject
    SpoDocuments documents;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPPLIER)
    @Operation(operationId = "draftSpo", summary = "Draft an SPO (supplier); with existingContract it brings an existing relationship in")
    @APIResponse(responseCode = "201", description = "Created: the SPO, DRAFT", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = {@Header(name = "Location", ref = ApiModel.LOCATION), @Header(name = "ETag", ref = ApiModel.ETAG)})
    public Response draft(@NotNull(message = "a JSON body is required") @Valid SpoRequest request) {
        Optional<ExistingContractRequest> existing = Optional.ofNullable(request.existingContract())
                .map(e -> new ExistingContractRequest(e.buyer(), e.contractReference(), e.start(), e.end(),
                        e.value()));
        Spo spo = drafting.draft(actor.get(), request.toContent(), existing);
        return Response.created(URI.create("spos/" + spo.reference().value())).tag(tag(spo)).entity(SpoView.of(spo)).build();
    }

    @GET
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER})
    @Operation(operationId = "listSpos", summary = "The caller's SPOs: its own (supplier), those naming it (provider), those submitted to it (buyer)")
    public List<SpoView> mine() {
        return queries.mine(actor.get()).stream().map(SpoView::of).toList();
    }

    @GET
    @Path("{ref}")
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER, Role.Names.AUDITOR})
    @Operation(operationId = "getSpo", summary = "One SPO, if the caller may see it")
    @APIResponse(responseCode = "200", description = "The SPO", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response get(@PathParam("ref") String reference) {
        return view(queries.get(actor.get(), SpoReference.fromRequest(reference)));
    }

    @PUT
    @Path("{ref}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPPLIER)
    @Operation(operationId = "editSpo", summary = "Replace the content of a DRAFT or ENDORSED SPO (If-Match: its ETag); clears endorsements")
    @APIResponse(responseCode = "200", description = "The changed SPO", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response edit(@PathParam("ref") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid SpoRequest request) {
        if (request.existingContract() != null) {
            throw DomainException.invalid("existing-contract-fixed",
                    "The existing contract of an SPO is fixed when it is drafted; leave existingContract out of an edit.");
        }
        long version = IfMatch.required(ifMatch, "SPO");
        return view(drafting.edit(actor.get(), SpoReference.fromRequest(reference), version, request.toContent()));
    }

    @POST
    @Path("{ref}/endorsement")
    @RolesAllowed(Role.Names.PROVIDER)
    @Operation(operationId = "endorseSpo", summary = "Endorse the proposal (a named provider)")
    @APIResponse(responseCode = "200", description = "The SPO", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response endorse(@PathParam("ref") String reference) {
        return view(submission.endorse(actor.get(), SpoReference.fromRequest(reference)));
    }

    @POST
    @Path("{ref}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPPLIER)
    @Operation(operationId = "submitSpo", summary = "Submit the endorsed proposal to an open tender ({\"tender\": ref}); an existing relationship goes to signature ({})")
    @APIResponse(responseCode = "200", description = "The SPO", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response submit(@PathParam("ref") String reference, @Valid SubmissionRequest request) {
        SpoReference ref = SpoReference.fromRequest(reference);
        Optional<TenderReference> tender = Optional.ofNullable(request).map(SubmissionRequest::tender)
                .filter(t -> !t.isBlank()).map(t -> TenderReference.fromField("tender", t));
        return view(submission.submit(actor.get(), ref, tender));
    }

    @POST
    @Path("{ref}/signatures")
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROVIDER})
    @Operation(operationId = "signSpo", summary = "Sign the agreement for the caller's organisation (supplier or a named provider)")
    @APIResponse(responseCode = "200", description = "The SPO", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response sign(@PathParam("ref") String reference) {
        return view(agreements.sign(actor.get(), SpoReference.fromRequest(reference)));
    }

    @POST
    @Path("{ref}/contract")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "attachContract", summary = "Attach the signed agreement to the supply contract (the buyer it was submitted to)")
    @APIResponse(responseCode = "200", description = "The SPO, CONTRACTED", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response attachContract(@PathParam("ref") String reference,
            @NotNull(message = "a JSON body is required") @Valid ContractRequest request) {
        return view(agreements.attachContract(actor.get(), SpoReference.fromRequest(reference),
                new SpoAgreement.ContractRequest(request.contractReference(), request.start(), request.end(), request.value())));
    }

    @POST
    @Path("{ref}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "reviewSpo", summary = "Record the post-contract review (the buyer), at or after the contract's end")
    @APIResponse(responseCode = "200", description = "The SPO", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response review(@PathParam("ref") String reference,
            @NotNull(message = "a JSON body is required") @Valid VerdictRequest request) {
        return view(agreements.review(actor.get(), SpoReference.fromRequest(reference), request.verdict(),
                request.notes()));
    }

    @POST
    @Path("{ref}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PROVIDER)
    @Operation(operationId = "validateSpo", summary = "Add the provider's own validation of delivery to a contracted or reviewed agreement")
    @APIResponse(responseCode = "200", description = "The SPO", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response validate(@PathParam("ref") String reference,
            @NotNull(message = "a JSON body is required") @Valid VerdictRequest request) {
        return view(agreements.validate(actor.get(), SpoReference.fromRequest(reference), request.verdict(),
                request.notes()));
    }

    @POST
    @Path("{ref}/withdrawal")
    @RolesAllowed(Role.Names.SUPPLIER)
    @Operation(operationId = "withdrawSpo", summary = "Withdraw a proposal that was not awarded (its supplier): the content is purged, a tombstone stays")
    @APIResponse(responseCode = "200", description = "The SPO", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpoView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response withdraw(@PathParam("ref") String reference) {
        return view(submission.withdraw(actor.get(), SpoReference.fromRequest(reference)));
    }

    @GET
    @Path("{ref}/history")
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER, Role.Names.AUDITOR})
    @Operation(operationId = "getSpoHistory", summary = "The audit journal of the SPO: every transition with actor, time, states and content hash")
    public List<HistoryEntry> history(@PathParam("ref") String reference) {
        return queries.history(actor.get(), SpoReference.fromRequest(reference)).stream().map(HistoryEntry::of).toList();
    }

    @GET
    @Path("{ref}/document")
    @Produces({"application/pdf", Problems.MEDIA_TYPE})
    @RolesAllowed({Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.BUYER, Role.Names.AUDITOR})
    @Operation(operationId = "getSpoDocument", summary = "The proposal or agreement as a PDF carrying the reference and the SHA-256 content hash")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response document(@PathParam("ref") String reference) {
        SpoReference ref = SpoReference.fromRequest(reference);
        byte[] pdf = documents.document(actor.get(), ref);
        String file = ref.value() + ".pdf";
        return Response.ok(pdf, documents.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + file + "\"").build();
    }

    private static Response view(Spo spo) {
        return Response.ok(SpoView.of(spo)).tag(tag(spo)).build();
    }

    private static EntityTag tag(Spo spo) {
        return new EntityTag(Long.toString(spo.version()));
    }
}
