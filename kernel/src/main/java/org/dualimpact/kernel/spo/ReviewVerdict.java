package org.dualimpact.kernel.spo;

/** The buyer's post-contract verdict on delivery against the commitments. */
public enum ReviewVerdict {
    DELIVERED, PARTLY_DELIVERED, NOT_DELIVERED
}
