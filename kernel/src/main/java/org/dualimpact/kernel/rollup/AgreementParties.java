package org.dualimpact.kernel.rollup;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The parties of an agreement as the roll-up groups them. Contributions are not attributed to one
 * provider by the ledger, so an agreement's figures are counted once, under the <em>group</em> of its
 * providers ({@link #providerGroup()}: their identifiers, sorted, separated by a space); asking for one
 * provider selects every group it belongs to.
 */
public record AgreementParties(String agreement, String buyer, String supplier, SortedSet<String> providers) {

    /** Stands for a party the roll-up could not find (never expected; keeps a run from failing). */
    public static final String UNKNOWN = "UNKNOWN";

    public AgreementParties {
        Objects.requireNonNull(agreement, "agreement");
        buyer = buyer == null ? UNKNOWN : buyer;
        supplier = supplier == null ? UNKNOWN : supplier;
        providers = providers == null || providers.isEmpty() ? new TreeSet<>(Set.of(UNKNOWN)) : new TreeSet<>(providers);
        providers = Collections.unmodifiableSortedSet(providers);
    }

    public static AgreementParties unknown(String agreement) {
        return new AgreementParties(agreement, null, null, null);
    }

    public String providerGroup() {
        return String.join(" ", providers);
    }
}
