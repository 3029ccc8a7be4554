package org.dualimpact.kernel.mapping;

import java.util.UUID;

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

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
