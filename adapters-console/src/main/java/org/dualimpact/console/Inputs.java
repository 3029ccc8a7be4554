package org.dualimpact.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.dualimpact.kernel.shared.FieldError;

/**
 * Parsing what a form's fields hold at the boundary: a number or a date that does not parse becomes a
 * field error with the message given (the kernel's rules come after); an empty field is {@code null}.
 */
public final class Inputs {

    private Inputs() {
    }

    /**
     * The version a form was read at (its hidden {@code version} field); one that does not parse is -1,
     * which never matches, so the change is refused as stale and the form shown again with its input.
     */
    public static long version(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The parameter as typed; empty when absent. */
    public static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value;
    }

    /** A number, allowing {@code £} and thousands commas; {@code null} when blank. */
    public static BigDecimal number(String text, String field, String message, List<FieldError> errors) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    /** A date as year-month-day; blank or unparsable is an error with the message. */
    public static LocalDate date(String text, String field, String message, List<FieldError> errors) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }
}
