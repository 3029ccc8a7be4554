package org.dualimpact.web.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import org.dualimpact.documents.DocumentDownload;
import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceDocument;
import org.dualimpact.kernel.evidence.EvidenceDrafting.EvidenceRequest;
import org.dualimpact.kernel.evidence.EvidenceQueries.DocumentContent;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/** The JSON of impact evidence, the document upload, and the document download. */
public final class EvidenceViews {

    private EvidenceViews() {
    }

    /** Evidence as a hub sends it. */
    public record EvidenceRequestView(@NotNull(message = "title is required") @Size(max = 200) String title,
            @NotNull(message = "summary is required") @Size(max = 4000) String summary,
            @NotNull(message = "method is required") @Size(max = 2000) String method,
            @NotNull(message = "periodFrom is required") LocalDate periodFrom,
            @NotNull(message = "periodTo is required") LocalDate periodTo, @Size(max = 50) Set<String> providers,
            @Size(max = 50) Set<String> territories, @Size(max = 20) Set<String> outcomes, @Size(max = 20) Set<String> measures) {
        EvidenceRequest toKernel() {
            return new EvidenceRequest(title, summary, method, periodFrom, periodTo, providers, territories, outcomes, measures);
        }
    }

    /** Why evidence goes back to its authors. */
    public record ReturnRequest(@NotNull(message = "reason is required") @Size(max = 1000) String reason) {
    }

    public record DocumentView(String name, String mediaType, long size, String sha256) {
        static DocumentView of(EvidenceDocument d) {
            return new DocumentView(d.name(), d.mediaType(), d.size(), d.sha256());
        }
    }

    /**
     * Evidence as a reader sees it. Who wrote, submitted and approved it, and why it was returned, are
     * for its hub's members only (null otherwise).
     */
    public record EvidenceView(String id, String hub, String stage, String title, String summary, String method,
            LocalDate periodFrom, LocalDate periodTo, List<String> providers, List<String> territories, List<String> outcomes,
            List<String> measures, List<DocumentView> documents, Instant createdAt, Instant publishedAt, String author,
            String submittedBy, String approvedBy, String returnReason, long version) {
        static EvidenceView of(Evidence e, boolean hubMember) {
            Evidence.Content c = e.content();
            return new EvidenceView(e.id().value(), e.hub().value(), e.stage().name(), c.title(), c.summary(), c.method(),
                    c.periodFrom(), c.periodTo(), c.providers().stream().map(OrganisationId::value).sorted().toList(),
                    c.territories().stream().sorted().toList(), c.outcomes().stream().sorted().toList(),
                    c.measures().stream().sorted().toList(), e.documents().stream().map(DocumentView::of).toList(),
                    e.createdAt(), e.publishedAt().orElse(null), hubMember ? e.author() : null,
                    hubMember ? e.submittedBy().orElse(null) : null, hubMember ? e.approvedBy().orElse(null) : null,
                    hubMember ? e.returnReason().orElse(null) : null, e.version());
        }
    }

    /** A document's content as downloaded: its media type, a file name, and its SHA-256 as RFC 9530 {@code Repr-Digest}. */
    static Response download(DocumentContent document) {
        return Response.ok(document.content(), document.document().mediaType())
                .header("Content-Disposition", DocumentDownload.contentDisposition(document.document().name()))
                .header("Repr-Digest", DocumentDownload.reprDigest(document.document().sha256()))
                .header("Cache-Control", "no-store").build();
    }

    /** An uploaded document: its bytes, untouched, and the media type it was sent as. */
    public record DocumentUpload(byte[] content, String mediaType) {

        @Provider
        @Consumes({"application/pdf", "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, "image/png", "image/jpeg"})
        public static class Reader implements MessageBodyReader<DocumentUpload> {

            @Override
            public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
                return type == DocumentUpload.class;
            }

            @Override
            public DocumentUpload readFrom(Class<DocumentUpload> type, Type genericType, Annotation[] annotations,
                    MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                byte[] buffer = new byte[16384];
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes.write(buffer, 0, n);
                    if (bytes.size() > EvidenceDocument.MAX_SIZE) {
                        throw new DomainException(DomainException.Kind.INVALID_INPUT, "upload-too-large", "A document is at "
                                + "most 10 MiB.", List.of(new FieldError("body", "too large")));
                    }
                }
                return new DocumentUpload(bytes.toByteArray(), mediaType.getType() + "/" + mediaType.getSubtype());
            }
        }
    }
}
