package org.dualimpact.kernel.ledger;

import java.util.HashMap;
import java.util.Map;

/** A Merkle tree held in memory the way the store holds it: complete-subtree hashes by (level, index). */
final class MemoryTree implements Merkle.SubtreeSource {

    private final Map<String, byte[]> nodes = new HashMap<>();
    private long size;

    long append(byte[] leafData) {
        long index = size;
        for (Merkle.Node node : Merkle.completedBy(index, Merkle.leafHash(leafData), this)) {
            nodes.put(node.level() + "/" + node.index(), node.hash());
        }
        size++;
        return index;
    }

    long size() {
        return size;
    }

    @Override
    public byte[] subtree(int level, long index) {
        byte[] hash = nodes.get(level + "/" + index);
        if (hash == null) {
            throw new IllegalStateException("subtree " + level + "/" + index + " is not complete");
        }
        return hash;
    }

    /** How many stored hashes one read touches, to show proofs read O(log n) of them. */
    Merkle.SubtreeSource counting(int[] reads) {
        return (level, index) -> {
            reads[0]++;
            return subtree(level, index);
        };
    }
}
