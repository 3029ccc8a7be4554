package org.dualimpact.web.evidence;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.evidence.EvidenceQueries;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.web.evidence.EvidenceViews.EvidenceView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Published impact evidence for everyone, without sign-in ({@code @PermitAll}): evidence not published
 * does not exist here. Who wrote or reviewed it is not shown.
 */
@Path("public/evidence")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Research hubs")
public class PublicEvidenceResource {

    @Inject
    EvidenceQueries queries;

    @GET
    @PermitAll
    @Operation(operationId = "listPublishedEvidence", summary = "Published evidence, newest first, at most 100: about a "
            + "provider, a territory or a region (at most one of them; no sign-in)")
    public List<EvidenceView> published(@QueryParam("provider") String provider, @QueryParam("territory") String territory,
            @QueryParam("region") String region) {
        Optional<String> p = given(provider);
        Optional<String> t = given(territory);
        Optional<String> r = given(region);
        if ((p.isPresent() ? 1 : 0) + (t.isPresent() ? 1 : 0) + (r.isPresent() ? 1 : 0) > 1) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter", "Name at most one of "
                    + "provider, territory and region.", List.of(new FieldError("provider", "at most one filter")));
        }
        if (p.isPresent() && !OrganisationId.isValid(p.get())) {
            return List.of();
        }
        return queries.published(p.map(OrganisationId::new), t, r).stream().map(e -> EvidenceView.of(e, false)).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getPublishedEvidence", summary = "One piece of published evidence (no sign-in)")
    public EvidenceView one(@PathParam("id") String id) {
        return EvidenceView.of(queries.find(Optional.empty(), EvidenceId.fromRequest(id)), false);
    }

    @GET
    @Path("{id}/documents/{sha256}")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getPublishedEvidenceDocument", summary = "A document of published evidence, with its SHA-256 "
            + "in Repr-Digest (no sign-in)")
    @APIResponse(responseCode = "200", description = "The document as uploaded; its SHA-256 in Repr-Digest", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") String id, @PathParam("sha256") String sha256) {
        return EvidenceViews.download(queries.document(Optional.empty(), EvidenceId.fromRequest(id), sha256));
    }

    private static Optional<String> given(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
