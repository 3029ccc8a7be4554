package org.dualimpact.console.auditor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.LedgerProofs;
import org.dualimpact.kernel.ledger.LedgerReads;
import org.dualimpact.kernel.ledger.TreeHead;
import org.dualimpact.kernel.shared.Actor;

/**
 * What the auditor's ledger explorer reads: the ledger's size and current root, the signed tree heads
 * (newest first) and a page of entries (newest first), through the kernel's ledger use cases, which
 * give an auditor the whole ledger.
 */
@ApplicationScoped
@Transactional
public class LedgerExplorer {

    public static final int PAGE = 25;
    private static final int HEADS = 20;

    @Inject
    LedgerReads reads;

    @Inject
    LedgerProofs proofs;

    /** The overview: {@code before} (exclusive) is where the page of entries ends; empty for the newest. */
    public record Overview(long size, String root, List<TreeHead> heads, List<LedgerEntry> entries, Optional<Long> older) {
    }

    public Overview overview(Actor actor, Optional<Long> before) {
        long size = proofs.size();
        long to = Math.max(0, Math.min(before.orElse(size), size));
        long from = Math.max(0, to - PAGE);
        List<LedgerEntry> entries = new ArrayList<>(reads.entries(actor, Optional.empty(), from, to));
        Collections.reverse(entries);
        List<TreeHead> heads = new ArrayList<>(proofs.treeHeads());
        Collections.reverse(heads);
        return new Overview(size, size == 0 ? "" : proofs.root(size), heads.subList(0, Math.min(HEADS, heads.size())),
                entries, from > 0 ? Optional.of(from) : Optional.empty());
    }
}
