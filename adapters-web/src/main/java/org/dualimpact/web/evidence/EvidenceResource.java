package org.dualimpact.web.evidence;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceDocument;
import org.dualimpact.kernel.evidence.EvidenceDrafting;
import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.evidence.EvidenceQueries;
import org.dualimpact.kernel.evidence.EvidenceReview;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.evidence.EvidenceViews.DocumentUpload;
import org.dualimpact.web.evidence.EvidenceViews.DocumentView;
import org.dualimpact.web.evidence.EvidenceViews.EvidenceRequestView;
import org.dualimpact.web.evidence.EvidenceViews.EvidenceView;
import org.dualimpact.web.evidence.EvidenceViews.ReturnRequest;
import org.dualimpact.web.openapi.ApiModel;
import org.dualimpact.web.problem.IfMatch;
import org.dualimpact.web.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Research hubs' impact evidence: a hub drafts it, attaches documents (named by their SHA-256), submits
 * it, another member approves or returns it, and it is published — then anyone reads it (also without
 * sign-in, under {@code /public/evidence}). Every change but a document's upload names the version it
 * was read at (If-Match). Evidence not published exists only for its hub's members (404 otherwise).
 */
@Path("evidence")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Research hubs", description = "Impact evidence: drafted, reviewed and published by research hubs")
@SecurityRequirement(name = RestApplication.JWT)
public class EvidenceResource {

    @Inject
    EvidenceDrafting drafting;

    @Inject
    EvidenceReview review;

    @Inject
    EvidenceQueries queries;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "draftEvidence", summary = "Draft impact evidence (a research hub): about community providers "
            + "and territories the hub serves, over a period that has ended")
    @APIResponse(responseCode = "201", description = "Created: the draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)),
            headers = {@Header(name = "Location", ref = ApiModel.LOCATION), @Header(name = "ETag", ref = ApiModel.ETAG)})
    public Response draft(@NotNull(message = "a JSON body is required") @Valid EvidenceRequestView request) {
        Evidence e = drafting.draft(actor.get(), request.toKernel());
        return Response.created(URI.create("evidence/" + e.id().value())).tag(tag(e)).entity(EvidenceView.of(e, true)).build();
    }

    @GET
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "listHubEvidence", summary = "Every piece of evidence of the caller's hub, newest first")
    public List<EvidenceView> mine() {
        return queries.ofMyHub(actor.get()).stream().map(e -> EvidenceView.of(e, true)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "getEvidence", summary = "One piece of evidence: published, or of the caller's hub")
    @APIResponse(responseCode = "200", description = "The evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)), headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response one(@PathParam("id") String id) {
        Actor caller = actor.get();
        Evidence e = queries.find(Optional.of(caller), EvidenceId.fromRequest(id));
        return Response.ok(EvidenceView.of(e, member(caller, e))).tag(tag(e)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "editEvidence", summary = "Edit a draft (its hub; If-Match)")
    @APIResponse(responseCode = "200", description = "The evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)), headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response edit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid EvidenceRequestView request) {
        EvidenceId evidenceId = EvidenceId.fromRequest(id);
        return ok(drafting.edit(actor.get(), evidenceId, IfMatch.required(ifMatch, "evidence"), request.toKernel()));
    }

    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, "image/png", "image/jpeg"})
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "attachEvidenceDocument", summary = "Attach a document to a draft (its hub): the body as it is, "
            + "PDF, CSV, text, JSON, PNG or JPEG, at most 10 MiB; name: its file name. Named by its SHA-256")
    @APIResponse(responseCode = "201", description = "Created: the document", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentView.class)), headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response attach(@PathParam("id") String id, @QueryParam("name") String name, DocumentUpload upload) {
        EvidenceId evidenceId = EvidenceId.fromRequest(id);
        if (name == null || name.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter", "The parameter 'name' is "
                    + "required: the document's file name.", List.of(new FieldError("name", "is required")));
        }
        if (upload == null || upload.content().length == 0) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-document", "The document is empty.",
                    List.of(new FieldError("body", "is empty")));
        }
        EvidenceDocument d = drafting.attach(actor.get(), evidenceId, name.strip(), upload.mediaType(), upload.content());
        return Response.created(URI.create("evidence/" + evidenceId.value() + "/documents/" + d.sha256()))
                .entity(DocumentView.of(d)).build();
    }

    @GET
    @Path("{id}/documents/{sha256}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "getEvidenceDocument", summary = "A document of visible evidence, as uploaded, with its SHA-256 "
            + "in Repr-Digest")
    @APIResponse(responseCode = "200", description = "The document as uploaded; its SHA-256 in Repr-Digest", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") String id, @PathParam("sha256") String sha256) {
        return EvidenceViews.download(queries.document(Optional.of(actor.get()), EvidenceId.fromRequest(id), sha256));
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "submitEvidence", summary = "Submit a draft with at least one document for review (its hub; If-Match)")
    @APIResponse(responseCode = "200", description = "The evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)), headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EvidenceId evidenceId = EvidenceId.fromRequest(id);
        return ok(review.submit(actor.get(), evidenceId, IfMatch.required(ifMatch, "evidence")));
    }

    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "approveEvidence", summary = "Approve evidence in review (a member of its hub who neither wrote "
            + "nor submitted it; If-Match)")
    @APIResponse(responseCode = "200", description = "The evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)), headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response approve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EvidenceId evidenceId = EvidenceId.fromRequest(id);
        return ok(review.approve(actor.get(), evidenceId, IfMatch.required(ifMatch, "evidence")));
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "returnEvidence", summary = "Return evidence in review or approved to its draft, saying why "
            + "(its hub; If-Match)")
    @APIResponse(responseCode = "200", description = "The evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)), headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response returnToDraft(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ReturnRequest request) {
        EvidenceId evidenceId = EvidenceId.fromRequest(id);
        return ok(review.returnToDraft(actor.get(), evidenceId, IfMatch.required(ifMatch, "evidence"), request.reason()));
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "publishEvidence", summary = "Publish approved evidence for everyone (its hub; If-Match)")
    @APIResponse(responseCode = "200", description = "The evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)), headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response publish(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EvidenceId evidenceId = EvidenceId.fromRequest(id);
        return ok(review.publish(actor.get(), evidenceId, IfMatch.required(ifMatch, "evidence")));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Role.Names.HUB)
    @Operation(operationId = "withdrawEvidence", summary = "Withdraw published evidence (its hub; If-Match)")
    @APIResponse(responseCode = "200", description = "The evidence", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvidenceView.class)), headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response withdraw(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        EvidenceId evidenceId = EvidenceId.fromRequest(id);
        return ok(review.withdraw(actor.get(), evidenceId, IfMatch.required(ifMatch, "evidence")));
    }

    private static Response ok(Evidence e) {
        return Response.ok(EvidenceView.of(e, true)).tag(tag(e)).build();
    }

    static EntityTag tag(Evidence e) {
        return new EntityTag(Long.toString(e.version()));
    }

    private static boolean member(Actor caller, Evidence e) {
        return caller.has(Role.HUB) && caller.actsFor(e.hub().value());
    }
}
