package org.dualimpact.kernel.diagnostic;

import java.util.UUID;

import org.dualimpact.kernel.shared.DomainException;

/** Identifies an assessment: {@code ASM-} and a random UUID (not guessable, not a count of anyone's assessments). */
public record AssessmentId(String value) {

    public AssessmentId {
        if (value == null || !value.matches("ASM-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new IllegalArgumentException("not an assessment identifier: " + value);
        }
    }

    public static AssessmentId random() {
        return new AssessmentId("ASM-" + UUID.randomUUID());
    }

    /**
     * The assessment a request names (surrounding blanks ignored); a malformed identifier names none and
     * is refused as not found ({@code assessment-not-found}), exactly as another organisation's.
     */
    public static AssessmentId fromRequest(String text) {
        if (text == null || !isValid(text.strip())) {
            throw notFound(text);
        }
        return new AssessmentId(text.strip());
    }

    /** The refusal of an assessment the caller may not see, worded the same whatever the reason. */
    public static DomainException notFound(Object id) {
        return DomainException.notFound("assessment-not-found", "No assessment " + id + " is visible to you.");
    }

    public static boolean isValid(String value) {
        try {
            new AssessmentId(value);
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
