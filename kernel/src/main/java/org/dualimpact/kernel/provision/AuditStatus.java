package org.dualimpact.kernel.provision;

/** Where a provision stands with the buyers of its territories. */
public enum AuditStatus {
    /** Published by its provider, not yet audited. */
    PENDING,
    /** Audited by a buyer of its territory: visible in Spotlight, can receive SPOs. */
    AUDITED,
    /** Suspended by a buyer, with a reason: hidden from Spotlight, receives no new SPOs. */
    SUSPENDED
}
