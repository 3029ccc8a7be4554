package org.dualimpact.kernel.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9162 (Certificate Transparency v2, as RFC 6962) Merkle tree hashing, proofs and their
 * verification.
 *
 * <p>Leaf hash = SHA-256(0x00 ‖ leaf bytes); node hash = SHA-256(0x01 ‖ left ‖ right); the tree of
 * {@code n} leaves splits at the largest power of two below {@code n}. Hashes of <em>complete</em>
 * subtrees (2^level leaves starting at a multiple of 2^level) never change once their last leaf is
 * appended, so the store keeps them, addressed by (level, index), and every root and proof here is
 * computed from O(log n) of them ({@link SubtreeSource}) — the whole tree is never recomputed.
 */
public final class Merkle {

    /** Hash of a complete subtree: level 0 is a leaf hash; index counts subtrees of that size from 0. */
    @FunctionalInterface
    public interface SubtreeSource {
        byte[] subtree(int level, long index);
    }

    /** A complete subtree hash to store. */
    public record Node(int level, long index, byte[] hash) {
    }

    private Merkle() {
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(leaf);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /**
     * The complete subtrees finished by appending the leaf with this index: the leaf itself (level 0)
     * and, while the new leaf closes a complete pair, each parent. Store all of them.
     */
    public static List<Node> completedBy(long index, byte[] leafHash, SubtreeSource stored) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node(0, index, leafHash));
        byte[] hash = leafHash;
        long i = index;
        int level = 0;
        while ((i & 1) == 1) {
            byte[] left = stored.subtree(level, i - 1);
            hash = nodeHash(left, hash);
            level++;
            i >>= 1;
            nodes.add(new Node(level, i, hash));
        }
        return nodes;
    }

    /**
     * The right frontier of a tree of {@code size} leaves: the hashes of the complete subtrees it
     * is made of, left to right, one per 1-bit of {@code size} from the highest. They are all an
     * append needs: every left sibling that a new leaf closes is one of them.
     */
    public static List<byte[]> frontier(long size, SubtreeSource source) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must be 0 or more");
        }
        List<byte[]> hashes = new ArrayList<>();
        long start = 0;
        for (int level = 62; level >= 0; level--) {
            if ((size >>> level & 1) == 1) {
                hashes.add(source.subtree(level, start >>> level));
                start += 1L << level;
            }
        }
        return hashes;
    }

    /** The frontier of a tree of {@code size} leaves as a source that knows exactly those subtrees. */
    public static SubtreeSource frontierSource(long size, List<byte[]> frontier) {
        if (frontier.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(size)
                    + " frontier subtrees, not " + frontier.size());
        }
        Map<String, byte[]> known = new HashMap<>();
        long start = 0;
        int i = 0;
        for (int level = 62; level >= 0; level--) {
            if ((size >>> level & 1) == 1) {
                known.put(level + "/" + (start >>> level), frontier.get(i++));
                start += 1L << level;
            }
        }
        return (level, index) -> {
            byte[] hash = known.get(level + "/" + index);
            if (hash == null) {
                throw new IllegalStateException("subtree " + level + "/" + index + " is not on the frontier of " + size);
            }
            return hash;
        };
    }

    /** The root of the tree of the first {@code size} leaves. */
    public static byte[] root(long size, SubtreeSource source) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must be 0 or more");
        }
        return size == 0 ? emptyRoot() : hash(0, size, source);
    }

    /** MTH(D[start : start + size]). */
    static byte[] hash(long start, long size, SubtreeSource source) {
        if (Long.bitCount(size) == 1 && start % size == 0) {
            return source.subtree(Long.numberOfTrailingZeros(size), start / size);
        }
        long k = largestPowerOfTwoBelow(size);
        return nodeHash(hash(start, k, source), hash(start + k, size - k, source));
    }

    /** RFC 9162 §2.1.3.1 inclusion proof of leaf {@code index} in the tree of {@code size} leaves. */
    public static List<byte[]> inclusionProof(long index, long size, SubtreeSource source) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, source, proof);
        return proof;
    }

    private static void path(long m, long start, long size, SubtreeSource source, List<byte[]> proof) {
        if (size == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(size);
        if (m < k) {
            path(m, start, k, source, proof);
            proof.add(hash(start + k, size - k, source));
        } else {
            path(m - k, start + k, size - k, source, proof);
            proof.add(hash(start, k, source));
        }
    }

    /** RFC 9162 §2.1.4.1 consistency proof between the trees of {@code first} and {@code second} leaves. */
    public static List<byte[]> consistencyProof(long first, long second, SubtreeSource source) {
        if (first < 1 || first > second) {
            throw new IllegalArgumentException("a consistency proof needs 0 < first <= second");
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(first, 0, second, true, source, proof);
        return proof;
    }

    private static void subproof(long m, long start, long size, boolean complete, SubtreeSource source,
            List<byte[]> proof) {
        if (m == size) {
            if (!complete) {
                proof.add(hash(start, size, source));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(size);
        if (m <= k) {
            subproof(m, start, k, complete, source, proof);
            proof.add(hash(start + k, size - k, source));
        } else {
            subproof(m - k, start + k, size - k, false, source, proof);
            proof.add(hash(start, k, source));
        }
    }

    /** RFC 9162 §2.1.3.2: does the proof show the leaf hash at this index in the tree with this root? */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** RFC 9162 §2.1.4.2: does the proof show the tree of {@code first} leaves is a prefix of the other? */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
            List<byte[]> proof) {
        if (first < 1 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
