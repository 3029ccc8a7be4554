package org.dualimpact.kernel.provision;

import java.util.UUID;
import java.util.regex.Pattern;

import org.dualimpact.kernel.shared.DomainException;

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

    /**
     * The provision a request names; a malformed identifier names none and is refused as not found
     * ({@code provision-not-found}), exactly as an unknown or invisible one.
     */
    public static ProvisionId fromRequest(String text) {
        if (!isValid(text)) {
            throw notFound(text);
        }
        return new ProvisionId(text);
    }

    /** The refusal of a provision the caller may not see, worded the same whatever the reason. */
    public static DomainException notFound(Object id) {
        return DomainException.notFound("provision-not-found", "No provision " + id + " is visible to you.");
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
