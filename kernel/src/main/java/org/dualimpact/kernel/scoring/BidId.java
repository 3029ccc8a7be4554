package org.dualimpact.kernel.scoring;

import java.util.UUID;

/** Identifies a bid: {@code BID-} and a random UUID. */
public record BidId(String value) {

    private static final String PATTERN = "BID-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    public BidId {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("not a bid identifier: " + value);
        }
    }

    public static BidId random() {
        return new BidId("BID-" + UUID.randomUUID());
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
