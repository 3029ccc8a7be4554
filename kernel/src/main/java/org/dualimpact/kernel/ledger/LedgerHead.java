package org.dualimpact.kernel.ledger;

import java.util.List;
import java.util.Objects;

/**
 * The chain head: the tree size (the next sequence number) and the tree's right frontier (see
 * {@link Merkle#frontier}). Kept with the head so an append computes its new nodes without reading
 * any other stored subtree.
 */
public record LedgerHead(long size, List<byte[]> frontier) {

    public LedgerHead {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must be 0 or more");
        }
        frontier = List.copyOf(Objects.requireNonNull(frontier));
        if (frontier.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size)
                    + " frontier subtrees, not " + frontier.size());
        }
        for (byte[] hash : frontier) {
            if (hash.length != 32) {
                throw new IllegalArgumentException("frontier hashes are SHA-256 (32 bytes)");
            }
        }
    }

    public static LedgerHead empty() {
        return new LedgerHead(0, List.of());
    }
}
