package org.dualimpact.kernel.ledger;

import java.util.Map;
import java.util.SortedMap;

/**
 * What a ledger entry says, one record per kind of entry: {@link ContributionRecorded},
 * {@link ContributionConfirmed}, {@link ContributionDisputed}, {@link ContributionCorrected}. Each
 * validates itself; {@link CanonicalPayload} alone turns a payload into the {@code key=value} lines of
 * the canonical bytes and back, so what is hashed never changes shape.
 *
 * <p>Personal data appears only as a salted commitment (hex SHA-256) in the fields named
 * {@code …Commitment}; such a field is {@code null} until the entry is appended.
 */
public sealed interface EntryPayload permits ContributionRecorded, EntryPayload.FollowUp {

    EntryType type();

    /** The canonical {@code key=value} payload, keys sorted. */
    default SortedMap<String, String> canonical() {
        return CanonicalPayload.write(this);
    }

    /** Reads a canonical payload; refuses one that would not write back to the same text. */
    static EntryPayload of(EntryType type, Map<String, String> canonical) {
        return CanonicalPayload.read(type, canonical);
    }

    /** An entry about a contribution recorded earlier: its sequence number is {@link #contribution()}. */
    sealed interface FollowUp extends EntryPayload permits ContributionConfirmed, ContributionDisputed, ContributionCorrected {

        long contribution();
    }

    /** Checks a commitment: {@code null} (not yet appended) or 64 lower-case hex digits. */
    static String commitment(String hex, String field) {
        if (hex != null && !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(field + " must be a SHA-256 commitment (64 lower-case hex digits)");
        }
        return hex;
    }

    /** Checks the sequence number a follow-up refers to. */
    static long reference(long contribution) {
        if (contribution < 0) {
            throw new IllegalArgumentException("a follow-up refers to a recorded entry (sequence 0 or more)");
        }
        return contribution;
    }
}
