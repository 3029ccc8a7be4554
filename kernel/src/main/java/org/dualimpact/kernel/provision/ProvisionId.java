package org.dualimpact.kernel.provision;

import java.util.UUID;
import java.util.regex.Pattern;

/** Identifies a provision: {@code PRV-} and a random UUID. */
public record ProvisionId(String value) {

    private static final Pattern SHAPE = Pattern.compile("PRV-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public ProvisionId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a provision identifier: " + value);
        }
    }

    public static ProvisionId random() {
        return new ProvisionId("PRV-" + UUID.randomUUID());
    }

    public static boolean isValid(String value) {
        try {
            new ProvisionId(value);
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
