package org.dualimpact.kernel.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Collects every invalid field of a request before refusing it, so the caller learns all its mistakes
 * at once. Value objects refuse bad values with {@link IllegalArgumentException}; {@link #field}
 * turns that into a {@link FieldError} named as the client wrote the field.
 */
public final class Validation {

    /** Earliest and latest dates the product accepts: anything outside is a typo, and databases refuse it. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

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

    /** How many problems are recorded so far. */
    public int count() {
        return errors.size();
    }

    /** The problems recorded so far. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
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
        return requireSafeCharacters(text, what);
    }

    /**
     * The text, if every character is one a client may send (see {@link #unsafeCharacters}). Null passes.
     */
    public static String requireSafeCharacters(String text, String what) {
        String why = unsafeCharacters(text);
        if (why != null) {
            throw new IllegalArgumentException(what + " " + why);
        }
        return text;
    }

    /**
     * Why a client may not send this text, or null if it may: it holds a control character other than
     * tab, CR and LF (C0, DEL and C1 are refused), or half of a surrogate pair (which cannot be encoded as
     * UTF-8, so a hash or an export would silently turn it into '?').
     */
    public static String unsafeCharacters(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && c <= 0x9f) {
                return "contains a control character";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains an unpaired surrogate";
            }
        }
        return null;
    }

    /** The text with each character {@link #unsafeCharacters} refuses replaced by '?', safe to echo in a refusal. */
    public static String withUnsafeCharactersReplaced(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                || c >= 0x7f && c <= 0x9f || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE ? '?' : c));
        return safe.toString();
    }

    /** The date, if it lies between 1900-01-01 and 2999-12-31. */
    public static LocalDate requirePlausibleDate(LocalDate date, String what) {
        Objects.requireNonNull(date, what + " is required");
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new IllegalArgumentException(what + " must lie between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    public static String optionalText(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return requireText(value, what, maxLength);
    }
}
