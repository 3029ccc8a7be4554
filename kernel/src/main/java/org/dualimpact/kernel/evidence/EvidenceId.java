package org.dualimpact.kernel.evidence;

import java.util.UUID;
import java.util.regex.Pattern;

import org.dualimpact.kernel.shared.DomainException;

/** Identifies a piece of impact evidence: {@code EVD-} and a random UUID. */
public record EvidenceId(String value) {

    private static final Pattern SHAPE = Pattern.compile("EVD-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public EvidenceId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an evidence identifier: " + value);
        }
    }

    public static EvidenceId random() {
        return new EvidenceId("EVD-" + UUID.randomUUID());
    }

    /** The evidence a request names; a malformed identifier is refused as not found, as an invisible one is. */
    public static EvidenceId fromRequest(String text) {
        if (text == null || !SHAPE.matcher(text).matches()) {
            throw notFound(text);
        }
        return new EvidenceId(text);
    }

    /** The refusal of evidence the caller may not see, worded the same whatever the reason. */
    public static DomainException notFound(Object id) {
        String shown = String.valueOf(id);
        return DomainException.notFound("evidence-not-found", "No evidence "
                + (shown.length() > 50 ? shown.substring(0, 50) + "…" : shown) + " is visible to you.");
    }

    @Override
    public String toString() {
        return value;
    }
}
