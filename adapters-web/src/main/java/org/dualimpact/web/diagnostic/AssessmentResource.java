package org.dualimpact.web.diagnostic;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.diagnostic.Assessment;
import org.dualimpact.kernel.diagnostic.AssessmentId;
import org.dualimpact.kernel.diagnostic.AssessmentService;
import org.dualimpact.kernel.diagnostic.AssessmentService.AnswerRequest;
import org.dualimpact.kernel.diagnostic.Framework;
import org.dualimpact.kernel.diagnostic.FrameworkId;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.web.RestApplication;
import org.dualimpact.web.diagnostic.DiagnosticViews.AssessmentSummary;
import org.dualimpact.web.diagnostic.DiagnosticViews.AssessmentView;
import org.dualimpact.web.diagnostic.DiagnosticViews.ReportView;
import org.dualimpact.web.diagnostic.DiagnosticViews.StartRequest;
import org.dualimpact.web.diagnostic.DiagnosticViews.TargetRequest;
import org.dualimpact.web.problem.Problems;
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
 * Self-assessments against a diagnostic framework, by the users (role {@code buyer}) of a buyer
 * organisation. An organisation sees only its own assessments: any other is 404, exactly as one that
 * does not exist. Responses carry the assessment's version as {@code ETag}; every change (an answer,
 * a target) must send it back as {@code If-Match} (428 without, 412 when stale); submission accepts it.
 */
@Path("assessments")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Diagnostic")
@SecurityRequirement(name = RestApplication.JWT)
public class AssessmentResource {

    static final String PDF = "application/pdf";

    @Inject
    AssessmentService assessments;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "startAssessment", summary = "Start an assessment of a framework version ({framework, title}) or as a copy of a submitted one ({copyOf})")
    @APIResponse(responseCode = "201", description = "Created: the assessment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)),
            headers = {@Header(name = "Location", ref = ApiModel.LOCATION), @Header(name = "ETag", ref = ApiModel.ETAG)})
    public Response start(@NotNull(message = "a JSON body is required") @Valid StartRequest request) {
        Assessment assessment = assessments.start(actor.get(), new AssessmentService.StartRequest(request.framework(),
                request.title(), request.copyOf()));
        return Response.created(URI.create("assessments/" + assessment.id().value())).tag(Versions.tag(assessment))
                .entity(AssessmentView.of(assessment, assessments.frameworkOf(assessment))).build();
    }

    @GET
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "listAssessments", summary = "The assessments of the caller's organisation, newest first")
    public List<AssessmentSummary> mine() {
        Map<FrameworkId, Framework> frameworks = new HashMap<>();
        return assessments.mine(actor.get()).stream().map(a -> AssessmentSummary.of(a,
                frameworks.computeIfAbsent(a.framework(), id -> assessments.frameworkOf(a)))).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "getAssessment", summary = "One assessment of the caller's organisation: every consolidated answer and response, the targets")
    @APIResponse(responseCode = "200", description = "The assessment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response get(@PathParam("id") String id) {
        return view(assessments.get(actor.get(), AssessmentId.fromRequest(id)));
    }

    @PUT
    @Path("{id}/answers/{valueCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "answerValueCode", summary = "Save the caller's answer to a value code ({level} or {unscored: true}, and a comment); If-Match required")
    @APIResponse(responseCode = "200", description = "The changed assessment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response answer(@PathParam("id") String id, @PathParam("valueCode") String valueCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid DiagnosticViews.AnswerRequest request) {
        long version = Versions.required(ifMatch);
        return view(assessments.answer(actor.get(), AssessmentId.fromRequest(id), version, valueCode,
                new AnswerRequest(request.levelValue(), request.unscoredValue(), request.comment())));
    }

    @POST
    @Path("{id}/submission")
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "submitAssessment", summary = "Submit: every value code must be answered; the answers are then frozen (If-Match optional)")
    @APIResponse(responseCode = "200", description = "The submitted assessment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Optional<Long> version = Versions.optional(ifMatch);
        return view(assessments.submit(actor.get(), AssessmentId.fromRequest(id), version));
    }

    @PUT
    @Path("{id}/targets/{valueCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "setAssessmentTarget", summary = "Set the target level and date of a value code (before or after submission); If-Match required")
    @APIResponse(responseCode = "200", description = "The changed assessment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response setTarget(@PathParam("id") String id, @PathParam("valueCode") String valueCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid TargetRequest request) {
        long version = Versions.required(ifMatch);
        return view(assessments.setTarget(actor.get(), AssessmentId.fromRequest(id), version, valueCode, request.level(),
                request.date()));
    }

    @DELETE
    @Path("{id}/targets/{valueCode}")
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "removeAssessmentTarget", summary = "Remove the target of a value code; If-Match required")
    @APIResponse(responseCode = "200", description = "The changed assessment", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)),
            headers = @Header(name = "ETag", ref = ApiModel.ETAG))
    public Response removeTarget(@PathParam("id") String id, @PathParam("valueCode") String valueCode,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = Versions.required(ifMatch);
        return view(assessments.removeTarget(actor.get(), AssessmentId.fromRequest(id), version, valueCode));
    }

    @GET
    @Path("{id}/report")
    @Produces({MediaType.APPLICATION_JSON, PDF, Problems.MEDIA_TYPE})
    @RolesAllowed(Role.Names.BUYER)
    @Operation(operationId = "getAssessmentReport", summary = "The report: counts per level overall and per section, weakest and median, comments, progress, "
            + "targets; application/json or, with Accept: application/pdf, a PDF with charts")
    @APIResponse(responseCode = "200", description = "The report, as JSON or (Accept: application/pdf) as a PDF", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response report(@PathParam("id") String id, @Context HttpHeaders headers) {
        AssessmentId assessment = AssessmentId.fromRequest(id);
        if (wantsPdf(headers)) {
            byte[] pdf = assessments.reportDocument(actor.get(), assessment);
            return Response.ok(pdf, assessments.reportMediaType())
                    .header("Content-Disposition", "inline; filename=\"" + id.strip() + ".pdf\"").build();
        }
        return Response.ok(ReportView.of(assessments.report(actor.get(), assessment)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /** PDF when the first acceptable type the caller names explicitly is application/pdf; JSON otherwise. */
    static boolean wantsPdf(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if ("application".equalsIgnoreCase(type.getType()) && "pdf".equalsIgnoreCase(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    private Response view(Assessment assessment) {
        return Response.ok(AssessmentView.of(assessment, assessments.frameworkOf(assessment)))
                .tag(Versions.tag(assessment)).build();
    }
}
