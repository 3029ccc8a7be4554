package org.dualimpact.kernel.diagnostic;

import java.util.UUID;

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
