package org.dualimpact.kernel.spo;

/** The three forms social value takes in the model. */
public enum ContributionType {
    /** Money, in GBP: funding or part-funding an activity. */
    FINANCIAL,
    /** Equipment or resources: a quantity of a unit with a declared GBP value. */
    IN_KIND,
    /** Employee time: hours, at a skill level. */
    VOLUNTEERING
}
