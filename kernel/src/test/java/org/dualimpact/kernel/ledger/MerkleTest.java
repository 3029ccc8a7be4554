package org.dualimpact.kernel.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * RFC 9162 / RFC 6962 hashing and proofs against the published Certificate Transparency test vectors
 * (leaf inputs, roots of sizes 0–8, inclusion and consistency proofs; facts from the CT reference
 * tests), then exhaustively for every small tree.
 */
class MerkleTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
        "606162636465666768696a6b6c6d6e6f"};

    private static final String[] ROOTS = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    private static MemoryTree reference() {
        MemoryTree tree = new MemoryTree();
        for (String leaf : LEAVES) {
            tree.append(HEX.parseHex(leaf));
        }
        return tree;
    }

    @Test
    void rootsMatchThePublishedVectorsForEverySize() {
        MemoryTree tree = reference();
        for (int size = 0; size <= 8; size++) {
            assertEquals(ROOTS[size], HEX.formatHex(Merkle.root(size, tree)), "size " + size);
        }
    }

    @Test
    void inclusionProofsMatchThePublishedVectors() {
        MemoryTree tree = reference();
        assertEquals(List.of("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"), hex(Merkle.inclusionProof(0, 8, tree)));
        assertEquals(List.of("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"), hex(Merkle.inclusionProof(5, 8, tree)));
        assertEquals(List.of(), hex(Merkle.inclusionProof(0, 1, tree)));
    }

    @Test
    void consistencyProofsMatchThePublishedVectors() {
        MemoryTree tree = reference();
        assertEquals(List.of(), hex(Merkle.consistencyProof(1, 1, tree)));
        assertEquals(List.of("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"), hex(Merkle.consistencyProof(2, 5, tree)));
        assertEquals(List.of("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"), hex(Merkle.consistencyProof(6, 8, tree)));
    }

    @Test
    void everyProofOfEverySmallTreeVerifiesAndNoTamperedOneDoes() {
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < 70; i++) {
            tree.append(new byte[] {(byte) i, (byte) (i * 7)});
        }
        for (long size = 1; size <= 70; size++) {
            byte[] root = Merkle.root(size, tree);
            for (long index = 0; index < size; index++) {
                List<byte[]> proof = Merkle.inclusionProof(index, size, tree);
                byte[] leaf = tree.subtree(0, index);
                assertTrue(Merkle.verifyInclusion(index, size, leaf, proof, root), index + " in " + size);
                assertFalse(Merkle.verifyInclusion(index, size, flip(leaf, 3), proof, root));
                if (!proof.isEmpty()) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(0, flip(proof.get(0), 0));
                    assertFalse(Merkle.verifyInclusion(index, size, leaf, tampered, root));
                }
            }
            for (long first = 1; first <= size; first++) {
                byte[] firstRoot = Merkle.root(first, tree);
                List<byte[]> proof = Merkle.consistencyProof(first, size, tree);
                assertTrue(Merkle.verifyConsistency(first, size, firstRoot, root, proof), first + " to " + size);
                assertFalse(Merkle.verifyConsistency(first, size, flip(firstRoot, 5), root, proof));
                if (!proof.isEmpty()) {
                    List<byte[]> tampered = new ArrayList<>(proof);
                    tampered.set(proof.size() - 1, flip(proof.get(proof.size() - 1), 31));
                    assertFalse(Merkle.verifyConsistency(first, size, firstRoot, root, tampered));
                }
            }
        }
    }

    @Test
    void proofsReadLogarithmicallyManyStoredHashes() {
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < 100_000; i++) {
            tree.append(new byte[] {(byte) i, (byte) (i >> 8), (byte) (i >> 16)});
        }
        int[] reads = {0};
        List<byte[]> proof = Merkle.inclusionProof(77_777, 100_000, tree.counting(reads));
        assertEquals(17, proof.size()); // ceil(log2 100000)
        assertTrue(reads[0] <= 2 * 17 * 17, "read " + reads[0] + " stored hashes");
        reads[0] = 0;
        Merkle.root(99_999, tree.counting(reads));
        assertTrue(reads[0] <= 17, "root read " + reads[0]);
    }

    @Test
    void appendingStoresEachCompleteSubtreeOnce() {
        MemoryTree tree = new MemoryTree();
        for (int i = 0; i < 8; i++) {
            tree.append(new byte[] {(byte) i});
        }
        assertArrayEquals(Merkle.root(8, tree), tree.subtree(3, 0));
        assertArrayEquals(Merkle.nodeHash(tree.subtree(1, 2), tree.subtree(1, 3)), tree.subtree(2, 1));
    }

    @Test
    void theFrontierAloneGivesTheRootAndEveryNodeTheNextLeafCompletes() {
        MemoryTree tree = new MemoryTree();
        for (int size = 0; size <= 130; size++) {
            List<byte[]> frontier = Merkle.frontier(size, tree);
            assertEquals(Long.bitCount(size), frontier.size(), "size " + size);
            Merkle.SubtreeSource onlyFrontier = Merkle.frontierSource(size, frontier);
            assertArrayEquals(Merkle.root(size, tree), Merkle.root(size, onlyFrontier), "root of " + size);
            byte[] leaf = Merkle.leafHash(new byte[] {(byte) size, 7});
            List<Merkle.Node> fromFrontier = Merkle.completedBy(size, leaf, onlyFrontier);
            List<Merkle.Node> fromStore = Merkle.completedBy(size, leaf, tree);
            assertEquals(fromStore.size(), fromFrontier.size());
            for (int i = 0; i < fromStore.size(); i++) {
                assertArrayEquals(fromStore.get(i).hash(), fromFrontier.get(i).hash(), "node " + i + " after " + size);
            }
            tree.append(new byte[] {(byte) size, 7});
        }
    }

    @Test
    void aFrontierOfTheWrongLengthIsRefused() {
        byte[] h = new byte[32];
        assertThrows(IllegalArgumentException.class,
                () -> Merkle.frontierSource(3, List.of(h)));
        assertThrows(IllegalArgumentException.class,
                () -> new LedgerHead(4, List.of(h, h)));
    }

    static byte[] flip(byte[] bytes, int bit) {
        byte[] copy = bytes.clone();
        copy[bit / 8 % copy.length] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
