package org.dualimpact.kernel.testing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.ContributionProgress;
import org.dualimpact.kernel.ledger.CorrectContribution;
import org.dualimpact.kernel.ledger.EntryWriter;
import org.dualimpact.kernel.ledger.ExportLine;
import org.dualimpact.kernel.ledger.LedgerAppender;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.LedgerExport;
import org.dualimpact.kernel.ledger.LedgerProofs;
import org.dualimpact.kernel.ledger.LedgerReads;
import org.dualimpact.kernel.ledger.PendingEntry;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.kernel.ledger.RecordContribution;
import org.dualimpact.kernel.ledger.TreeHead;
import org.dualimpact.kernel.ledger.TreeHeadSigner;
import org.dualimpact.kernel.ledger.ValidateContribution;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The ledger's use cases over one store, wired as the web adapter wires them but appending in the
 * caller's thread, called as a resource calls them: agreement references arrive as text and are
 * parsed here, at the boundary.
 */
public final class TestLedger {

    public final RecordContribution recording;
    public final ValidateContribution validation;
    public final CorrectContribution correction;
    public final ContributionProgress progress;
    public final LedgerReads reads;
    public final LedgerProofs proofs;
    public final LedgerExport exports;
    private final EntryWriter writer;

    public TestLedger(ContributionLedger ledger, SpoRepository spos, TerritoryRepository territories, TreeHeadSigner signer,
            Clock clock) {
        writer = new LedgerAppender(ledger, clock)::appendAll;
        recording = new RecordContribution(ledger, spos, territories, clock, writer);
        validation = new ValidateContribution(ledger, spos, writer);
        correction = new CorrectContribution(ledger, spos, writer);
        progress = new ContributionProgress(ledger, spos);
        reads = new LedgerReads(ledger, spos);
        proofs = new LedgerProofs(ledger, spos, signer, clock);
        exports = new LedgerExport(ledger);
    }

    public LedgerEntry record(Actor actor, String agreement, RecordContribution.Request request) {
        return recording.record(actor, SpoReference.fromRequest(agreement), request);
    }

    public LedgerEntry confirm(Actor actor, long sequence) {
        return validation.confirm(actor, sequence);
    }

    public LedgerEntry dispute(Actor actor, long sequence, String reason) {
        return validation.dispute(actor, sequence, reason);
    }

    public LedgerEntry correct(Actor actor, long sequence, CorrectContribution.Request request) {
        return correction.correct(actor, sequence, request);
    }

    public List<ContributionProgress.LineProgress> progress(Actor actor, String agreement) {
        return progress.progress(actor, SpoReference.fromRequest(agreement));
    }

    public List<LedgerEntry> entries(Actor actor, Optional<String> agreement, long from, long to) {
        return reads.entries(actor, agreement.map(SpoReference::fromRequest), from, to);
    }

    public List<PersonalData> personalData(long sequence) {
        return reads.personalData(sequence);
    }

    public int erasePersonalData(Actor actor, long sequence) {
        return reads.erasePersonalData(actor, sequence);
    }

    public void export(Actor actor, long from, long to, Consumer<ExportLine> sink) {
        exports.export(actor, from, to, sink);
    }

    /** Appends a batch as a sequencer would, in one go. */
    public List<LedgerEntry> appendAll(List<PendingEntry> batch) {
        return writer.write(batch);
    }

    public TreeHead currentTreeHead() {
        return proofs.currentTreeHead();
    }

    public TreeHead checkpoint(Actor actor) {
        return proofs.checkpoint(actor);
    }

    public List<TreeHead> treeHeads() {
        return proofs.treeHeads();
    }

    public List<String> inclusionProof(Actor actor, long sequence, long treeSize) {
        return proofs.inclusionProof(actor, sequence, treeSize);
    }

    public List<String> inclusionProof(long sequence, long treeSize) {
        return proofs.inclusionProof(sequence, treeSize);
    }

    public List<String> consistencyProof(long first, long second) {
        return proofs.consistencyProof(first, second);
    }

    public String root(long size) {
        return proofs.root(size);
    }
}
