package org.dualimpact.kernel.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;

/**
 * What lets an auditor check the ledger without trusting the operator: signed tree heads (the current
 * one, and checkpoints an operator stores), Merkle roots, inclusion proofs (for an auditor, or a party of
 * the entry's agreement) and consistency proofs (RFC 9162), and the key that verifies the signatures.
 */
public final class LedgerProofs {

    private final ContributionLedger ledger;
    private final SpoRepository spos;
    private final TreeHeadSigner signer;
    private final Clock clock;

    public LedgerProofs(ContributionLedger ledger, SpoRepository spos, TreeHeadSigner signer, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger);
        this.spos = Objects.requireNonNull(spos);
        this.signer = Objects.requireNonNull(signer);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A tree head of the ledger as it stands, signed now (not stored). */
    public TreeHead currentTreeHead() {
        return sign(ledger.size());
    }

    /** How many entries the ledger holds now: the size of the tree an unsigned proof is given in. */
    public long size() {
        return ledger.size();
    }

    /** Signs and stores the tree head: the checkpoint the nightly job takes. */
    public TreeHead checkpoint(Actor actor) {
        actor.require(Role.OPERATOR, Role.ADMIN);
        TreeHead head = sign(ledger.size());
        ledger.saveTreeHead(head);
        return head;
    }

    /** The stored checkpoints, oldest first. */
    public List<TreeHead> treeHeads() {
        return ledger.treeHeads();
    }

    /** An inclusion proof, for an auditor or a party of the entry's agreement (others: not found). */
    public List<String> inclusionProof(Actor actor, long sequence, long treeSize) {
        if (!actor.has(Role.AUDITOR)) {
            boolean party = ledger.entry(sequence).flatMap(e -> spos.find(new SpoReference(e.agreement())))
                    .map(s -> LedgerRules.isParty(actor, s)).orElse(false);
            if (!party) {
                throw LedgerRules.entryNotFound(sequence);
            }
        }
        return inclusionProof(sequence, treeSize);
    }

    public List<String> inclusionProof(long sequence, long treeSize) {
        long size = ledger.size();
        if (treeSize < 1 || treeSize > size || sequence < 0 || sequence >= treeSize) {
            throw DomainException.invalid("invalid-proof-request", "Use 0 <= seq < treeSize <= " + size + ".");
        }
        return hex(Merkle.inclusionProof(sequence, treeSize, ledger.subtrees()));
    }

    public List<String> consistencyProof(long first, long second) {
        long size = ledger.size();
        if (first < 1 || second < first || second > size) {
            throw DomainException.invalid("invalid-proof-request", "Use 1 <= first <= second <= " + size + ".");
        }
        return hex(Merkle.consistencyProof(first, second, ledger.subtrees()));
    }

    /** The root of the tree of the first {@code size} entries; refused beyond the ledger's size. */
    public String root(long size) {
        long current = ledger.size();
        if (size < 0 || size > current) {
            throw DomainException.invalid("invalid-proof-request", "The ledger holds " + current
                    + " entries; a tree size is 0 to " + current + ".");
        }
        return HexFormat.of().formatHex(Merkle.root(size, ledger.subtrees()));
    }

    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    public String keyId() {
        return signer.keyId();
    }

    public String algorithm() {
        return signer.algorithm();
    }

    private TreeHead sign(long size) {
        String root = root(size);
        Instant now = clock.instant();
        return new TreeHead(size, root, now, signer.keyId(), signer.algorithm(), signer.sign(TreeHead.message(size, root, now)));
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(h -> HexFormat.of().formatHex(h)).toList();
    }
}
