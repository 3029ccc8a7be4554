package org.dualimpact.kernel.tender;

/** A tender's life: open for submissions, closed for evaluation, awarded. */
public enum TenderStatus {
    OPEN, CLOSED, AWARDED
}
