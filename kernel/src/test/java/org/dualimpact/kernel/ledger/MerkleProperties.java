package org.dualimpact.kernel.ledger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the Merkle tree for random sizes: every inclusion and consistency proof verifies,
 * and every single-bit change to a leaf, a proof hash or a root is rejected.
 */
class MerkleProperties {

    private static MemoryTree tree(int size) {
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < size; i++) {
            tree.append(new byte[] {(byte) i, (byte) (i >> 8), 42});
        }
        return tree;
    }

    @Property(tries = 300)
    void inclusionProofsVerifyAndRejectEveryBitFlip(@ForAll @IntRange(min = 1, max = 3000) int size,
            @ForAll @IntRange(min = 0, max = 2999) int index, @ForAll @IntRange(min = 0, max = 255) int bit) {
        Assume.that(index < size);
        MemoryTree tree = tree(size);
        byte[] root = Merkle.root(size, tree);
        byte[] leaf = tree.subtree(0, index);
        List<byte[]> proof = Merkle.inclusionProof(index, size, tree);

        assertTrue(Merkle.verifyInclusion(index, size, leaf, proof, root));
        assertFalse(Merkle.verifyInclusion(index, size, MerkleTest.flip(leaf, bit), proof, root));
        assertFalse(Merkle.verifyInclusion(index, size, leaf, proof, MerkleTest.flip(root, bit)));
        for (int i = 0; i < proof.size(); i++) {
            List<byte[]> tampered = new ArrayList<>(proof);
            tampered.set(i, MerkleTest.flip(proof.get(i), bit));
            assertFalse(Merkle.verifyInclusion(index, size, leaf, tampered, root));
        }
    }

    @Property(tries = 300)
    void consistencyProofsVerifyAndRejectEveryBitFlip(@ForAll @IntRange(min = 1, max = 3000) int first,
            @ForAll @IntRange(min = 1, max = 3000) int second, @ForAll @IntRange(min = 0, max = 255) int bit) {
        Assume.that(first <= second);
        MemoryTree tree = tree(second);
        byte[] firstRoot = Merkle.root(first, tree);
        byte[] secondRoot = Merkle.root(second, tree);
        List<byte[]> proof = Merkle.consistencyProof(first, second, tree);

        assertTrue(Merkle.verifyConsistency(first, second, firstRoot, secondRoot, proof));
        assertFalse(Merkle.verifyConsistency(first, second, MerkleTest.flip(firstRoot, bit), secondRoot, proof));
        assertFalse(Merkle.verifyConsistency(first, second, firstRoot, MerkleTest.flip(secondRoot, bit), proof));
        for (int i = 0; i < proof.size(); i++) {
            List<byte[]> tampered = new ArrayList<>(proof);
            tampered.set(i, MerkleTest.flip(proof.get(i), bit));
            assertFalse(Merkle.verifyConsistency(first, second, firstRoot, secondRoot, tampered));
        }
    }
}
