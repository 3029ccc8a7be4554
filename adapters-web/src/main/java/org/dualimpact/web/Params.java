package org.dualimpact.web;

import java.util.List;
import java.util.Locale;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/**
 * Query parameters read by hand, so a bad value is a 400 naming the parameter (JAX-RS would answer a
 * failed conversion of a query parameter with 404).
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    public static int integer(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
    }

    /** A 64-bit whole number, such as a ledger sequence number or tree size. */
    public static long longInteger(String name, String value, long defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
        }
    }

    private static DomainException invalid(String name, String message) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter",
                "The parameter '" + name + "' is invalid: " + message + ".", List.of(new FieldError(name, message)));
    }
}
