package org.dualimpact.kernel.catalogue;

import java.util.UUID;

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

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
