package org.dualimpact.kernel.catalogue;

import java.util.UUID;

import org.dualimpact.kernel.shared.DomainException;

/** Identifies a measures catalogue: {@code CAT-} and a random UUID. */
public record CatalogueId(String value) {

    private static final String PATTERN = "CAT-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public CatalogueId {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("not a catalogue identifier: " + value);
        }
    }

    public static CatalogueId random() {
        return new CatalogueId("CAT-" + UUID.randomUUID());
    }

    /**
     * The catalogue a request names; a malformed identifier names none and is refused as not found
     * ({@code catalogue-not-found}), exactly as an unknown one.
     */
    public static CatalogueId fromRequest(String text) {
        if (!isValid(text)) {
            throw notFound(text);
        }
        return new CatalogueId(text);
    }

    /** The refusal of an identifier that names no catalogue the caller may see. */
    public static DomainException notFound(Object id) {
        return DomainException.notFound("catalogue-not-found", "No catalogue has the identifier " + id + ".");
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
