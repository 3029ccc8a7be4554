package org.dualimpact.kernel.diagnostic;

/** Where an assessment stands. */
public enum AssessmentStatus {
    /** Being answered: respondents save as often as they like. */
    DRAFT,
    /** Submitted: the answers are frozen (targets remain a living plan). */
    SUBMITTED
}
