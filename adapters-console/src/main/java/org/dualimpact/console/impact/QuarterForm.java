package org.dualimpact.console.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.rollup.Quarter;
import org.dualimpact.kernel.shared.FieldError;

/**
 * The quarters a public page shows, as the GET form gave them and kept as typed so the form shows them
 * again. Both are optional; each is a quarter written {@code 2026-Q1} ({@link Quarter#parse}). Whether
 * {@code to} comes before {@code from} is the kernel's rule ({@code invalid-range}), marked on {@code to}.
 */
public record QuarterForm(String from, String to) {

    public static final String FROM = "from";
    public static final String TO = "to";

    /** The message of a quarter that does not parse. */
    static String unreadable(String field) {
        return (FROM.equals(field) ? "First quarter" : "Last quarter") + " must be a quarter written like 2026-Q1";
    }

    /** The message of the kernel's {@code invalid-range}. */
    static final String REVERSED = "Last quarter must be the same as or after the first quarter";

    /** The quarters, or the field errors of those that do not parse. */
    public Parsed parse() {
        List<FieldError> errors = new ArrayList<>();
        Optional<Quarter> first = quarter(FROM, from, errors);
        Optional<Quarter> last = quarter(TO, to, errors);
        return new Parsed(first, last, List.copyOf(errors));
    }

    /** What {@link #parse()} read: the quarters, valid only when {@code errors} is empty. */
    public record Parsed(Optional<Quarter> from, Optional<Quarter> to, List<FieldError> errors) {
    }

    private static Optional<Quarter> quarter(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Quarter.parse(text));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, unreadable(field)));
            return Optional.empty();
        }
    }
}
