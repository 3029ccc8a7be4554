package org.dualimpact.kernel.shared;

import java.util.Objects;

/** One field that failed validation: a JSON-pointer-like path ({@code territories[2]}) and why. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
