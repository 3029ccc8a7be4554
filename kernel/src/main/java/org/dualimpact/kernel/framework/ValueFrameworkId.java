package org.dualimpact.kernel.framework;

import java.util.UUID;

/** Identifies one imported social value framework edition: {@code SVF-} and a random UUID. */
public record ValueFrameworkId(String value) {

    private static final String PATTERN = "SVF-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public ValueFrameworkId {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("not a social value framework identifier: " + value);
        }
    }

    public static ValueFrameworkId random() {
        return new ValueFrameworkId("SVF-" + UUID.randomUUID());
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
