package org.dualimpact.console.evidence;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.documents.DocumentDownload;
import org.dualimpact.kernel.evidence.EvidenceQueries.DocumentContent;

/**
 * A document of evidence as the console sends it, with the API's headers ({@code EvidenceViews.download}):
 * its media type, {@code Content-Disposition: attachment} with a file name of safe ASCII characters, its
 * SHA-256 as RFC 9530 {@code Repr-Digest}, and {@code Cache-Control: no-store} (withdrawn evidence must
 * not linger). {@code X-Content-Type-Options: nosniff} comes from the console's filter.
 */
final class Downloads {

    private Downloads() {
    }

    static void send(HttpServletResponse response, DocumentContent document) throws IOException {
        response.setStatus(200);
        response.setContentType(document.document().mediaType());
        response.setHeader("Content-Disposition", DocumentDownload.contentDisposition(document.document().name()));
        response.setHeader("Repr-Digest", DocumentDownload.reprDigest(document.document().sha256()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(document.content().length);
        response.getOutputStream().write(document.content());
    }
}
