package org.dualimpact.kernel.diagnostic;

import java.util.UUID;

/** Identifies one imported framework version: {@code FWK-} and a random UUID. */
public record FrameworkId(String value) {

    public FrameworkId {
        if (value == null || !value.matches("FWK-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new IllegalArgumentException("not a framework identifier: " + value);
        }
    }

    public static FrameworkId random() {
        return new FrameworkId("FWK-" + UUID.randomUUID());
    }

    public static boolean isValid(String value) {
        try {
            new FrameworkId(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
