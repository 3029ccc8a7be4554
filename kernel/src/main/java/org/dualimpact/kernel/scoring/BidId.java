package org.dualimpact.kernel.scoring;

import java.util.UUID;

import org.dualimpact.kernel.shared.DomainException;

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

    /**
     * The bid a request names; a malformed identifier names no bid and is refused as not found
     * ({@code bid-not-found}), exactly as an unknown one.
     */
    public static BidId fromRequest(String text) {
        if (!isValid(text)) {
            throw notFound(text);
        }
        return new BidId(text);
    }

    /** The refusal of a bid identifier that names no bid the caller may see. */
    public static DomainException notFound(Object bidId) {
        return DomainException.notFound("bid-not-found", "No bid " + bidId + " is visible to you on this tender.");
    }

    public static boolean isValid(String value) {
        return value != null && value.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
