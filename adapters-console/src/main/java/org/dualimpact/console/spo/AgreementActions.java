package org.dualimpact.console.spo;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.ledger.ContributionHistory;
import org.dualimpact.kernel.ledger.ContributionProgress;
import org.dualimpact.kernel.ledger.ContributionProgress.LineProgress;
import org.dualimpact.kernel.ledger.ContributionRecorded;
import org.dualimpact.kernel.ledger.ContributionState;
import org.dualimpact.kernel.ledger.CorrectContribution;
import org.dualimpact.kernel.ledger.EntryPayload;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.LedgerProofs;
import org.dualimpact.kernel.ledger.LedgerReads;
import org.dualimpact.kernel.ledger.RecordContribution;
import org.dualimpact.kernel.ledger.ValidateContribution;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.ReviewVerdict;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoAgreement;
import org.dualimpact.kernel.spo.SpoDocuments;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoSubmission;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderService;
import org.dualimpact.kernel.tender.TenderStatus;

/**
 * The agreement use cases the console's pages call, each in one transaction, always with the acting
 * actor and through the services the API calls for the same step (SpoResource, AgreementResource,
 * LedgerResource): the kernel decides who may do what; an agreement or entry the actor may not see is
 * "not found".
 */
@ApplicationScoped
@Transactional
public class AgreementActions {

    @Inject
    SpoQueries queries;

    @Inject
    SpoSubmission submission;

    @Inject
    SpoDocuments documents;

    @Inject
    SpoAgreement agreements;

    @Inject
    RecordContribution recording;

    @Inject
    ValidateContribution validation;

    @Inject
    CorrectContribution correction;

    @Inject
    ContributionProgress progress;

    @Inject
    LedgerReads ledger;

    @Inject
    LedgerProofs proofs;

    @Inject
    TenderService tenders;

    @Inject
    OrganisationService organisations;

    /** The proposal or agreement as the document the API serves, for whoever may see the SPO. */
    public Document document(Actor actor, SpoReference reference) {
        return new Document(documents.document(actor, reference), documents.mediaType());
    }

    /** A rendered document and its media type. */
    public record Document(byte[] content, String mediaType) {
    }

    public Spo submit(Actor actor, SpoReference reference, Optional<TenderReference> tender) {
        return submission.submit(actor, reference, tender);
    }

    public Spo withdraw(Actor actor, SpoReference reference) {
        return submission.withdraw(actor, reference);
    }

    public Spo sign(Actor actor, SpoReference reference) {
        return agreements.sign(actor, reference);
    }

    /**
     * Attaches the contract if the agreement is still at the version the buyer's form was read at;
     * otherwise a {@code STALE} refusal, as an API edit with an old {@code If-Match}.
     */
    public Spo attachContract(Actor actor, SpoReference reference, long version, SpoAgreement.ContractRequest request) {
        Spo current = queries.get(actor, reference);
        if (current.version() != version) {
            throw new DomainException(DomainException.Kind.STALE, "stale-agreement", "The agreement changed since the form was read.");
        }
        return agreements.attachContract(actor, reference, request);
    }

    public Spo review(Actor actor, SpoReference reference, ReviewVerdict verdict, String notes) {
        return agreements.review(actor, reference, verdict, notes);
    }

    public LedgerEntry record(Actor actor, SpoReference agreement, RecordContribution.Request request) {
        return recording.record(actor, agreement, request);
    }

    /** Confirms, disputes or corrects the contribution if nothing was said about it since {@code seen} was read. */
    public LedgerEntry confirm(Actor actor, SpoReference agreement, long contribution, long seen) {
        requireUnchanged(actor, agreement, contribution, seen);
        return validation.confirm(actor, contribution);
    }

    public LedgerEntry dispute(Actor actor, SpoReference agreement, long contribution, long seen, String reason) {
        requireUnchanged(actor, agreement, contribution, seen);
        return validation.dispute(actor, contribution, reason);
    }

    public LedgerEntry correct(Actor actor, SpoReference agreement, long contribution, long seen, CorrectContribution.Request request) {
        requireUnchanged(actor, agreement, contribution, seen);
        return correction.correct(actor, contribution, request);
    }

    public List<LineProgress> progress(Actor actor, SpoReference agreement) {
        return progress.progress(actor, agreement);
    }

    /** The agreement's ledger entries the actor may read (a party's), in sequence order. */
    public List<LedgerEntry> entries(Actor actor, SpoReference agreement) {
        return ledger.entries(actor, Optional.of(agreement), 0, Long.MAX_VALUE);
    }

    /** Every contribution recorded under the agreement, as the entries after it leave it. */
    public List<ContributionState<ContributionRecorded>> contributions(Actor actor, SpoReference agreement) {
        return ContributionHistory.of(entries(actor, agreement)).states();
    }

    /** The inclusion proof of the entry in the current tree, for a party of its agreement. */
    public Proof proof(Actor actor, long sequence) {
        LedgerEntry entry = ledger.entry(actor, sequence);
        long size = proofs.size();
        return new Proof(entry, size, proofs.root(size), proofs.inclusionProof(actor, sequence, size));
    }

    /** An entry with the tree it is proven in: size, root and the audit path (hex), leaf first. */
    public record Proof(LedgerEntry entry, long treeSize, String rootHash, List<String> path) {

        /** The entry's canonical bytes in Base64, which the browser hashes to check the leaf hash. */
        public String entryBase64() {
            return Base64.getEncoder().encodeToString(entry.canonicalBytes());
        }
    }

    /** The organisation's public name, or its id if it is not registered. */
    public String name(OrganisationId id) {
        try {
            return organisations.get(id).name();
        } catch (DomainException e) {
            return id.value();
        }
    }

    /** Tenders open for bids, soonest closing first. */
    public List<Tender> openTenders() {
        return tenders.all().stream().filter(t -> t.status() == TenderStatus.OPEN)
                .sorted(Comparator.comparing(Tender::closingDate)).toList();
    }

    /** The sequence of the latest entry about the contribution (its recording if none followed). */
    public long latestAbout(Actor actor, SpoReference agreement, long contribution) {
        return entries(actor, agreement).stream()
                .filter(e -> e.sequence() == contribution || e.content().payload() instanceof EntryPayload.FollowUp f
                        && f.contribution() == contribution)
                .mapToLong(LedgerEntry::sequence).max().orElse(contribution);
    }

    private void requireUnchanged(Actor actor, SpoReference agreement, long contribution, long seen) {
        if (latestAbout(actor, agreement, contribution) != seen) {
            throw new DomainException(DomainException.Kind.STALE, "stale-contribution",
                    "The contribution changed since the page was read.");
        }
    }
}
