package org.dualimpact.kernel.diagnostic;

import java.util.UUID;

import org.dualimpact.kernel.shared.DomainException;

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

    /**
     * The diagnostic framework a request names; a malformed identifier names none and is refused as not found
     * ({@code framework-not-found}), exactly as an unknown one.
     */
    public static FrameworkId fromRequest(String text) {
        if (!isValid(text)) {
            throw notFound(text);
        }
        return new FrameworkId(text);
    }

    /** The refusal of an identifier that names no diagnostic framework. */
    public static DomainException notFound(Object id) {
        return DomainException.notFound("framework-not-found", "No framework has the identifier " + id + ".");
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
