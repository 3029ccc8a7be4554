package org.dualimpact.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/**
 * The errors a form shows: in the GOV.UK error summary (each linking to its field) and beside each
 * field. A refusal without field errors is shown in the summary alone.
 */
public record Errors(List<FieldError> fields, Optional<String> general) {

    public static final Errors NONE = new Errors(List.of(), Optional.empty());

    public static Errors of(DomainException e) {
        return e.fieldErrors().isEmpty() ? new Errors(List.of(), Optional.of(e.getMessage())) : new Errors(e.fieldErrors(), Optional.empty());
    }

    /**
     * The kernel's refusal on a form whose fields are labelled: a field error of a labelled field is
     * marked on it, after its label; the others, and a refusal without field errors, go to the summary.
     */
    public static Errors of(DomainException e, Map<String, String> labels) {
        List<FieldError> marked = e.fieldErrors().stream().filter(f -> labels.containsKey(f.field()))
                .map(f -> new FieldError(f.field(), labelled(labels.get(f.field()), f.message()))).toList();
        List<String> others = e.fieldErrors().stream().filter(f -> !labels.containsKey(f.field()))
                .map(f -> f.field() + " " + f.message()).toList();
        Optional<String> general = marked.isEmpty() || !others.isEmpty()
                ? Optional.of(others.isEmpty() ? e.getMessage() : e.getMessage() + " " + String.join("; ", others))
                : Optional.empty();
        return new Errors(marked, general);
    }

    /** "Reason is required", "Value must be more than 0", "Delivery date: a contribution is …". */
    private static String labelled(String label, String message) {
        return message.startsWith("is ") || message.startsWith("must ") ? label + " " + message : label + ": " + message;
    }

    public boolean any() {
        return !fields.isEmpty() || general.isPresent();
    }

    public boolean has(String field) {
        return fields.stream().anyMatch(f -> f.field().equals(field));
    }

    /** The first message for the field, or empty. */
    public String message(String field) {
        return fields.stream().filter(f -> f.field().equals(field)).map(FieldError::message).findFirst().orElse("");
    }

    /** The HTML id of a field's input: the field name with brackets and dots as dashes ({@code needs[0]} → {@code needs-0}). */
    public static String anchor(String field) {
        return field.replaceAll("[\\[\\].]+", "-").replaceAll("-+$", "");
    }
}
