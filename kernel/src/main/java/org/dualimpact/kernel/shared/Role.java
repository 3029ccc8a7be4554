package org.dualimpact.kernel.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The roles a user can hold. They come from the user's memberships, or from the {@code groups} claim of
 * a token whose issuer is trusted for roles, written in lower case with dashes ({@code buyer},
 * {@code organisation-admin}, ...).
 */
public enum Role {
    /** The platform admin: registers organisations, manages reference data and frameworks. */
    ADMIN,
    /** Manages one organisation's members: invites, changes roles, removes, registers service accounts. */
    ORGANISATION_ADMIN,
    /** A user of a public buying organisation: runs tenders, audits provisions, awards. */
    BUYER,
    /** A user of a business supplying the buyer: drafts SPOs, records contributions. */
    SUPPLIER,
    /** A user of a community provider: publishes provisions, endorses, signs, validates. */
    PROVIDER,
    /** A user of a regional research hub: reads territory metrics, attaches evidence. */
    HUB,
    /** Reads and verifies the ledger and the audit journal. */
    AUDITOR,
    /** Runs and watches the batch jobs. */
    OPERATOR;

    /** The name used in tokens and in {@code @RolesAllowed}. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Role> fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim().equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** Role names as constants, for annotations that need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "admin";
        public static final String ORGANISATION_ADMIN = "organisation-admin";
        public static final String BUYER = "buyer";
        public static final String SUPPLIER = "supplier";
        public static final String PROVIDER = "provider";
        public static final String HUB = "hub";
        public static final String AUDITOR = "auditor";
        public static final String OPERATOR = "operator";

        private Names() {
        }
    }
}
