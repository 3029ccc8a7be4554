package org.dualimpact.kernel.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every invalid field of a request before refusing it, so the caller learns all its mistakes
 * at once. Value objects refuse bad values with {@link IllegalArgumentException}; {@link #field}
 * turns that into a {@link FieldError} named as the client wrote the field.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    /** Builds the value, or records why not and returns null. */
    public <T> T field(String name, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.add(new FieldError(name, e.getMessage() == null ? "is required" : e.getMessage()));
            return null;
        }
    }

    public void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public void require(boolean condition, String field, String message) {
        if (!condition) {
            reject(field, message);
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws an INVALID_INPUT {@link DomainException} listing every recorded field, if any. */
    public void throwIfInvalid(String code, String message) {
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, code, message, errors);
        }
    }

    public static String requireText(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return text;
    }

    public static String optionalText(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return requireText(value, what, maxLength);
    }
}
