package org.dualimpact.console.evidence;

import java.io.IOException;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletResponse;

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
        response.setHeader("Content-Disposition", "attachment; filename=\"" + safeName(document.document().name()) + "\"");
        response.setHeader("Repr-Digest", reprDigest(document.document().sha256()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLengthLong(document.content().length);
        response.getOutputStream().write(document.content());
    }

    /** The file name with every character but ASCII letters, digits, dot, underscore and hyphen as {@code _}. */
    static String safeName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** {@code sha-256=:<base64 of the digest>:}. */
    static String reprDigest(String sha256) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":";
    }
}
