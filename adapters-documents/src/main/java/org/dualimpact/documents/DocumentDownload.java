package org.dualimpact.documents;

import java.util.Base64;
import java.util.HexFormat;

/**
 * The headers a downloaded document carries, the same in the API and the console: a file name reduced to
 * safe ASCII for {@code Content-Disposition}, and its SHA-256 as RFC 9530 {@code Repr-Digest}.
 */
public final class DocumentDownload {

    private DocumentDownload() {
    }

    /** {@code attachment; filename="…"} with every character but ASCII letters, digits, dot, underscore and hyphen as {@code _}. */
    public static String contentDisposition(String name) {
        return "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"";
    }

    /** {@code sha-256=:<base64 of the digest>:} from the digest in hex. */
    public static String reprDigest(String sha256) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":";
    }
}
