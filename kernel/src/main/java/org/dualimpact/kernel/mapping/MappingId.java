package org.dualimpact.kernel.mapping;

import java.util.UUID;

import org.dualimpact.kernel.shared.DomainException;

/** Identifies a social value mapping: {@code MAP-} and a random UUID. */
public record MappingId(String value) {

    private static final String PATTERN = "MAP-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public MappingId {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("not a mapping identifier: " + value);
        }
    }

    public static MappingId random() {
        return new MappingId("MAP-" + UUID.randomUUID());
    }

    /**
     * The mapping a request names; a malformed identifier names none and is refused as not found
     * ({@code mapping-not-found}), exactly as an unknown one.
     */
    public static MappingId fromRequest(String text) {
        if (!isValid(text)) {
            throw notFound(text);
        }
        return new MappingId(text);
    }

    /** The refusal of an identifier that names no mapping of the caller's organisation. */
    public static DomainException notFound(Object id) {
        return DomainException.notFound("mapping-not-found", "No mapping has the identifier " + id + ".");
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
