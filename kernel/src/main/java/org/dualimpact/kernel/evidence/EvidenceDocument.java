package org.dualimpact.kernel.evidence;

import java.util.Objects;
import java.util.Set;

import org.dualimpact.kernel.shared.Validation;

/**
 * A document of a piece of evidence as stored: its file name, media type, size in bytes and the
 * SHA-256 of its content (lower-case hex), by which it is named and can be checked by anyone who
 * downloads it.
 */
public record EvidenceDocument(String name, String mediaType, long size, String sha256) {

    /** The kinds of document accepted. */
    public static final Set<String> MEDIA_TYPES = Set.of("application/pdf", "text/csv", "text/plain", "application/json",
            "image/png", "image/jpeg");
    public static final long MAX_SIZE = 10L * 1024 * 1024;

    public EvidenceDocument {
        name = Validation.requireText(name, "document name", 200);
        if (name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("a document name is a file name, without / or \\");
        }
        Objects.requireNonNull(mediaType, "media type");
        if (!MEDIA_TYPES.contains(mediaType)) {
            throw new IllegalArgumentException("a document is one of " + String.join(", ", MEDIA_TYPES.stream().sorted()
                    .toList()) + ", not " + (mediaType.length() > 60 ? mediaType.substring(0, 60) : mediaType));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a document holds 1 byte to 10 MiB");
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }
}
