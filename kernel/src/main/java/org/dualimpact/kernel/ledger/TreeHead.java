package org.dualimpact.kernel.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A signed tree head: the ledger's size and Merkle root at a time, signed by the operator's key.
 * The signed message is the UTF-8 text
 * {@code dual-impact-tree-head/1\n<size>\n<root hex>\n<timestamp epoch millis>\n}. Auditors keep
 * tree heads over time and check each new one is consistent with the ones they kept.
 */
public record TreeHead(long size, String rootHash, Instant timestamp, String keyId, String algorithm,
        String signature) {

    public TreeHead {
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 or more");
        }
        Objects.requireNonNull(rootHash);
        timestamp = Objects.requireNonNull(timestamp).truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(keyId);
        Objects.requireNonNull(algorithm);
        Objects.requireNonNull(signature);
    }

    public static byte[] message(long size, String rootHash, Instant timestamp) {
        return ("dual-impact-tree-head/1\n" + size + "\n" + rootHash + "\n"
                + timestamp.truncatedTo(ChronoUnit.MILLIS).toEpochMilli() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public byte[] message() {
        return message(size, rootHash, timestamp);
    }
}
