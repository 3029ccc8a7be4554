package org.dualimpact.web.diagnostic;

import java.util.Optional;

import jakarta.ws.rs.core.EntityTag;

import org.dualimpact.kernel.diagnostic.Assessment;
import org.dualimpact.web.problem.IfMatch;

/**
 * Optimistic locking over HTTP, as for SPOs: responses carry the assessment's version as
 * {@code ETag}; a change sends it back as {@code If-Match}. Missing → 428, malformed → 400, stale → 412
 * (from the kernel).
 */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(Assessment assessment) {
        return new EntityTag(Long.toString(assessment.version()));
    }

    /** The version from {@code If-Match: "<version>"}; absent → 428, malformed → 400. */
    static long required(String ifMatch) {
        return IfMatch.required(ifMatch, "assessment");
    }

    /** The version from {@code If-Match}, when the request sends one. */
    static Optional<Long> optional(String ifMatch) {
        return IfMatch.optional(ifMatch, "assessment");
    }
}
