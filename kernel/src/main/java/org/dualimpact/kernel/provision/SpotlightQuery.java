package org.dualimpact.kernel.provision;

import java.util.Optional;
import java.util.Set;

/**
 * A Spotlight search over audited provisions. {@code territories} is already resolved (a region
 * becomes its territories); empty means anywhere. Text matches title or summary, case-insensitive.
 */
public record SpotlightQuery(Set<String> territories, Optional<NeedType> need, Optional<String> outcome,
        Optional<String> text, Sort sort, int page, int size) {

    /** Result order. */
    public enum Sort {
        /** Title A–Z. */
        TITLE,
        /** Most recently published first. */
        NEWEST
    }

    public static final int MAX_PAGE_SIZE = 100;

    public SpotlightQuery {
        territories = Set.copyOf(territories);
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
