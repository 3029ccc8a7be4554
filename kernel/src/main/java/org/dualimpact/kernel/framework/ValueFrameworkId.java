package org.dualimpact.kernel.framework;

import java.util.UUID;

import org.dualimpact.kernel.shared.DomainException;

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

    /**
     * The social value framework edition a request names; a malformed identifier names none and is refused as not found
     * ({@code framework-not-found}), exactly as an unknown one.
     */
    public static ValueFrameworkId fromRequest(String text) {
        if (!isValid(text)) {
            throw notFound(text);
        }
        return new ValueFrameworkId(text);
    }

    /** The refusal of an identifier that names no social value framework edition. */
    public static DomainException notFound(Object id) {
        return DomainException.notFound("framework-not-found", "No social value framework has the identifier " + id + ".");
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
