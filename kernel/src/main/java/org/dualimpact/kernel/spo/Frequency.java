package org.dualimpact.kernel.spo;

/** How often a commitment is delivered between its start and end. */
public enum Frequency {
    ONE_OFF, WEEKLY, MONTHLY, QUARTERLY, ANNUALLY
}
