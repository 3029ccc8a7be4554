package org.dualimpact.kernel.provision;

/** What a provision asks suppliers for; mirrors the three contribution types. */
public enum NeedType {
    /** Funding or part-funding. */
    MONEY,
    /** Equipment or resources. */
    IN_KIND,
    /** Employee time and expertise. */
    VOLUNTEERING
}
