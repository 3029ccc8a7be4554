package org.dualimpact.kernel.tender;

import java.util.List;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/** A tender's reference: {@code TND-<territory abbrev>-<year>-<4+ digits>}, e.g. {@code TND-TVP-2026-0001}. */
public record TenderReference(String value) {

    public TenderReference {
        if (value == null || !value.matches("TND-[A-Z]{2,5}-[0-9]{4}-[0-9]{4,9}")) {
            throw new IllegalArgumentException("not a tender reference (TND-TVP-2026-0001): " + value);
        }
    }

    public static TenderReference of(String abbrev, int year, long sequence) {
        return new TenderReference(String.format("TND-%s-%04d-%04d", abbrev, year, sequence));
    }

    /**
     * The tender a request path names; a malformed reference names no tender and is refused as not found
     * ({@code tender-not-found}), exactly as an unknown one.
     */
    public static TenderReference fromRequest(String text) {
        if (!isValid(text)) {
            throw notFound(text);
        }
        return new TenderReference(text);
    }

    /** The tender a request body names in {@code field}; a malformed one is invalid input ({@code invalid-tender-reference}). */
    public static TenderReference fromField(String field, String text) {
        if (!isValid(text)) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-tender-reference",
                    "'" + text + "' is not a tender reference like TND-TVP-2026-0001.",
                    List.of(new FieldError(field, "not a tender reference")));
        }
        return new TenderReference(text);
    }

    /** The refusal of a tender reference that names no tender the caller may act on. */
    public static DomainException notFound(Object reference) {
        return DomainException.notFound("tender-not-found", "No tender has the reference " + reference + ".");
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("TND-[A-Z]{2,5}-[0-9]{4}-[0-9]{4,9}");
    }

    @Override
    public String toString() {
        return value;
    }
}
