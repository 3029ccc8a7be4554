package org.dualimpact.web.tender;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.scoring.Bid;
import org.dualimpact.kernel.scoring.BidId;
import org.dualimpact.kernel.scoring.BidMarking;
import org.dualimpact.kernel.scoring.BidSubmission;
import org.dualimpact.kernel.scoring.EvaluationDocument;
import org.dualimpact.kernel.scoring.MarkSheets;
import org.dualimpact.kernel.scoring.ScoringSetup;
import org.dualimpact.kernel.scoring.TenderEvaluation;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderService;
import org.dualimpact.kernel.tender.TenderStatus;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.problem.IfMatch;
import org.dualimpact.web.problem.Problems;
import org.dualimpact.web.scoring.ScoringViews;
import org.dualimpact.web.security.CurrentActor;
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
 * Tenders: buyers open, close and award them; every signed-in user reads them. Scoring lives under a
 * tender: its setup ({@code scoring}: weights, method, scale, criteria), bids, marks and the
 * evaluation (JSON, or PDF by {@code Accept}). Bids and marks are seen by the tender's buyer and its
 * evaluators; a supplier sees its own bid, and its own result after award. Changes to a setup or a
 * bid send its {@code ETag} back as {@code If-Match}.
 */
@Path("tenders")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
@SecurityRequirement(name = RestApplication.JWT)
public class TenderResource {

    /** A tender as the API shows it. */
    public record TenderView(String reference, String buyer, String title, String territory, LocalDate closingDate,
            @Schema(ref = "TenderStatus") TenderStatus status, String awardedTo, Instant awardedAt, Instant createdAt) {
        static TenderView of(Tender t) {
            return new TenderView(t.reference().value(), t.buyer().value(), t.title(), t.territory(), t.closingDate(),
                    t.status(), t.awardedTo().map(OrganisationId::value).orElse(null), t.awardedAt().orElse(null),
                    t.createdAt());
        }
    }

    /** What a buyer sends to open a tender. */
    @Schema(description = "A tender in a territory the buyer serves",
            example = "{\"title\": \"Fleet maintenance 2027\", \"territory\": \"E23000029\", \"closingDate\": \"2027-02-01\"}")
    public record OpenRequest(@NotBlank @Size(max = 200) String title, @NotBlank String territory,
            @NotNull LocalDate closingDate) {
    }

    /** The supplier a tender is awarded to. */
    public record AwardRequest(@NotBlank String supplier) {
    }

    @Inject
    TenderService tenders;

    @Inject
    ScoringSetup scoring;

    @Inject
    BidSubmission bidding;

    @Inject
    BidMarking marking;

    @Inject
    MarkSheets markSheets;

    @Inject
    TenderEvaluation evaluations;

    @Inject
    EvaluationDocument evaluationDocument;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "openTender", summary = "Open a tender in a territory the buyer serves")
    @APIResponse(responseCode = "201", description = "Created: the tender", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TenderView.class)),
            headers = @Header(name = "Location", ref = ApiModel.LOCATION))
    public Response open(@NotNull(message = "a JSON body is required") @Valid OpenRequest request) {
        Tender tender = tenders.open(actor.get(), request.title(), request.territory(), request.closingDate());
        return Response.created(URI.create("tenders/" + tender.reference().value())).entity(TenderView.of(tender)).build();
    }

    @GET
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "listTenders", summary = "All tenders, newest first")
    public List<TenderView> list() {
        return tenders.all().stream().map(TenderView::of).toList();
    }

    @GET
    @Path("{reference}")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "getTender", summary = "One tender")
    public TenderView get(@PathParam("reference") String reference) {
        return TenderView.of(tenders.get(TenderReference.fromRequest(reference)));
    }

    @POST
    @Path("{reference}/closure")
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "closeTender", summary = "Close the tender to submissions (its buyer)")
    public TenderView close(@PathParam("reference") String reference) {
        return TenderView.of(tenders.close(actor.get(), TenderReference.fromRequest(reference)));
    }

    @POST
    @Path("{reference}/award")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "awardTender", summary = "Award the tender to a supplier (its buyer); the supplier's submitted SPOs become agreements")
    public TenderView award(@PathParam("reference") String reference,
            @NotNull(message = "a JSON body is required") @Valid AwardRequest request) {
        return TenderView.of(tenders.award(actor.get(), TenderReference.fromRequest(reference),
                supplier(request.supplier())));
    }

    // ---------------------------------------------------------------- scoring

    @GET
    @Path("{reference}/scoring")
    @RolesAllowed({Role.Names.ADMIN, Role.Names.BUYER, Role.Names.SUPPLIER, Role.Names.PROVIDER, Role.Names.HUB,
        Role.Names.AUDITOR, Role.Names.OPERATOR})
    @Operation(operationId = "getScoringSetup", summary = "How the tender is scored: weights, method, marking scale, social value criteria (evaluators: buyer only)")
    @APIResponse(responseCode = "200", description = "The scoring setup", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.SetupView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response scoringSetup(@PathParam("reference") String reference) {
        TenderScoring setup = scoring.setup(actor.get(), TenderReference.fromRequest(reference));
        return Response.ok(ScoringViews.SetupView.of(setup, scoring.policy().minimumSocialValuePercent()))
                .tag(new EntityTag(Long.toString(setup.version()))).build();
    }

    @PUT
    @Path("{reference}/scoring")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "configureScoring", summary = "Set up scoring (its buyer, while open and before any bid): weights summing to 100 with social "
            + "value at least the policy minimum (else 422), method, scale, criteria; If-Match to change an existing setup")
    @APIResponse(responseCode = "200", description = "The scoring setup", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.SetupView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response configureScoring(@PathParam("reference") String reference,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ScoringViews.SetupRequest request) {
        long version = IfMatch.optional(ifMatch, "scoring setup").orElse(0L);
        TenderScoring setup = scoring.configure(actor.get(), TenderReference.fromRequest(reference), version,
                request.toKernel());
        return Response.ok(ScoringViews.SetupView.of(setup, scoring.policy().minimumSocialValuePercent()))
                .tag(new EntityTag(Long.toString(setup.version()))).build();
    }

    @POST
    @Path("{reference}/bids")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SUPPLIER)
    @Operation(operationId = "registerBid", summary = "Bid (a supplier, while the tender is open): price and the SPOs submitted to it, or other evidence")
    @APIResponse(responseCode = "201", description = "Created: the bid", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.BidView.class)),
            headers = {@Header(name = "Location", ref = ApiModel.LOCATION), @Header(name = "ETag", ref = ApiModel.ETAG)})
    public Response bid(@PathParam("reference") String reference,
            @NotNull(message = "a JSON body is required") @Valid ScoringViews.BidRequest request) {
        Bid bid = bidding.submitBid(actor.get(), TenderReference.fromRequest(reference), new BidSubmission.BidRequest(
                request.price(), request.spos(), request.evidence()));
        return Response.created(URI.create("tenders/" + reference + "/bids/" + bid.id().value()))
                .tag(bidTag(bid)).entity(ScoringViews.BidView.of(bid, false)).build();
    }

    @GET
    @Path("{reference}/bids")
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "listBids", summary = "The bids: all for the buyer and its evaluators, its own for a supplier")
    public List<ScoringViews.BidView> bids(@PathParam("reference") String reference) {
        boolean team = actor.get().has(Role.BUYER);
        return evaluations.bids(actor.get(), TenderReference.fromRequest(reference)).stream()
                .map(b -> ScoringViews.BidView.of(b, team)).toList();
    }

    @GET
    @Path("{reference}/bids/{bid}")
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "getBid", summary = "One bid with its frozen commitment values (marks: evaluation team only)")
    @APIResponse(responseCode = "200", description = "The bid", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.BidView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response oneBid(@PathParam("reference") String reference, @PathParam("bid") String bidId) {
        Bid bid = evaluations.bid(actor.get(), TenderReference.fromRequest(reference), BidId.fromRequest(bidId));
        return Response.ok(ScoringViews.BidView.of(bid, actor.get().has(Role.BUYER))).tag(bidTag(bid)).build();
    }

    @PUT
    @Path("{reference}/bids/{bid}/quality")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "setBidQuality", summary = "Enter the bid's quality score, 0-100 (its buyer, after closing); If-Match required")
    @APIResponse(responseCode = "200", description = "The bid", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.BidView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response quality(@PathParam("reference") String reference, @PathParam("bid") String bidId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ScoringViews.QualityRequest request) {
        long version = IfMatch.required(ifMatch, "bid");
        Bid bid = marking.setQuality(actor.get(), TenderReference.fromRequest(reference), BidId.fromRequest(bidId), version,
                request.quality());
        return Response.ok(ScoringViews.BidView.of(bid, true)).tag(bidTag(bid)).build();
    }

    @GET
    @Path("{reference}/bids/{bid}/marks")
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "getBidMarks", summary = "Every evaluator's marks and the consensus of a bid (the buyer and its evaluators)")
    @APIResponse(responseCode = "200", description = "The marks", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.MarksView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response marks(@PathParam("reference") String reference, @PathParam("bid") String bidId) {
        Bid bid = evaluations.bid(actor.get(), TenderReference.fromRequest(reference), BidId.fromRequest(bidId));
        return Response.ok(ScoringViews.MarksView.of(bid)).tag(bidTag(bid)).build();
    }

    @POST
    @Path("{reference}/bids/{bid}/marks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "markBid", summary = "An evaluator marks a criterion on the tender's scale (replacing their earlier mark); If-Match required")
    @APIResponse(responseCode = "200", description = "The marks", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.MarksView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response mark(@PathParam("reference") String reference, @PathParam("bid") String bidId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ScoringViews.MarkRequest request) {
        long version = IfMatch.required(ifMatch, "bid");
        Bid bid = marking.mark(actor.get(), TenderReference.fromRequest(reference), BidId.fromRequest(bidId), version,
                request.criterion(), request.mark(), request.note());
        return Response.ok(ScoringViews.MarksView.of(bid)).tag(bidTag(bid)).build();
    }

    @GET
    @Path("{reference}/mark-sheet")
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "getMarkSheet", summary = "The calling evaluator's mark sheet: every bid x criterion with their mark and note; ETag")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.MarkSheetView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response markSheet(@PathParam("reference") String reference) {
        MarkSheets.Sheet sheet = markSheets.sheet(actor.get(), TenderReference.fromRequest(reference));
        return Response.ok(ScoringViews.MarkSheetView.of(sheet)).tag(new EntityTag(Long.toString(sheet.version()))).build();
    }

    @PUT
    @Path("{reference}/mark-sheet")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "saveMarkSheet", summary = "An evaluator saves many marks at once, all or nothing (lines left out keep their marks); "
            + "If-Match with the sheet's ETag required")
    @APIResponse(responseCode = "200", description = "The sheet", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.MarkSheetView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response saveMarkSheet(@PathParam("reference") String reference, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ScoringViews.MarkSheetRequest request) {
        long version = IfMatch.required(ifMatch, "mark sheet");
        MarkSheets.Sheet sheet = markSheets.save(actor.get(), TenderReference.fromRequest(reference), version, request.toKernel());
        return Response.ok(ScoringViews.MarkSheetView.of(sheet)).tag(new EntityTag(Long.toString(sheet.version()))).build();
    }

    @PUT
    @Path("{reference}/bids/{bid}/consensus/{criterion}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "recordConsensus", summary = "The moderator (a user of the buyer) records the consensus mark of a criterion; If-Match required")
    @APIResponse(responseCode = "200", description = "The marks", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.MarksView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response consensus(@PathParam("reference") String reference, @PathParam("bid") String bidId,
            @PathParam("criterion") String criterion, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid ScoringViews.ConsensusRequest request) {
        long version = IfMatch.required(ifMatch, "bid");
        Bid bid = marking.consensus(actor.get(), TenderReference.fromRequest(reference), BidId.fromRequest(bidId), version,
                criterion, request.mark(), request.note());
        return Response.ok(ScoringViews.MarksView.of(bid)).tag(bidTag(bid)).build();
    }

    @GET
    @Path("{reference}/evaluation")
    @Produces({MediaType.APPLICATION_JSON, "application/pdf", Problems.MEDIA_TYPE})
    @RolesAllowed({Role.Names.BUYER, Role.Names.SUPPLIER})
    @Operation(operationId = "getEvaluation", summary = "The evaluation: totals, ranks, line-by-line explanation; JSON or, with Accept: application/pdf, "
            + "a PDF. Buyer and evaluators: every bid; a supplier: its own bid, after award")
    @APIResponse(responseCode = "200", description = "The evaluation, as JSON or (Accept: application/pdf) as a PDF", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScoringViews.EvaluationView.class)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response evaluation(@PathParam("reference") String reference, @Context HttpHeaders headers) {
        TenderReference tender = TenderReference.fromRequest(reference);
        if (ScoringViews.wantsPdf(headers)) {
            byte[] pdf = evaluationDocument.document(actor.get(), tender);
            return Response.ok(pdf, evaluationDocument.mediaType())
                    .header("Content-Disposition", "inline; filename=\"evaluation-" + reference.strip() + ".pdf\"").build();
        }
        return Response.ok(ScoringViews.of(evaluations.evaluation(actor.get(), tender)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** The supplier a request names; a malformed identifier is invalid input ({@code invalid-supplier}). */
    private static OrganisationId supplier(String id) {
        try {
            return new OrganisationId(id);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-supplier", e.getMessage());
        }
    }

    private static EntityTag bidTag(Bid bid) {
        return new EntityTag(Long.toString(bid.version()));
    }
}
