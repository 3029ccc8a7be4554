package org.dualimpact.kernel.ledger;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoStage;

/**
 * What the ledger's use cases check alike: who is a party of an agreement, which entry is a recorded
 * contribution the actor may see, what later entries say about it; and how an entry is appended.
 * Parties of an agreement are its supplier, its providers and, once submitted, its buyer.
 */
final class LedgerRules {

    private final ContributionLedger ledger;
    private final SpoRepository spos;
    private final EntryWriter writer;

    LedgerRules(ContributionLedger ledger, SpoRepository spos, EntryWriter writer) {
        this.ledger = Objects.requireNonNull(ledger);
        this.spos = Objects.requireNonNull(spos);
        this.writer = Objects.requireNonNull(writer);
    }

    /** The agreement of an entry, which exists: entries are written only against agreements. */
    Spo agreementOf(LedgerEntry entry) {
        return spos.find(new SpoReference(entry.agreement())).orElseThrow();
    }

    /** A recorded contribution the actor is a party to (others: not found; other kinds: conflict). */
    LedgerEntry recordedEntry(Actor actor, long sequence) {
        LedgerEntry entry = ledger.entry(sequence).orElseThrow(() -> entryNotFound(sequence));
        spos.find(new SpoReference(entry.agreement())).filter(s -> isParty(actor, s))
                .orElseThrow(() -> entryNotFound(sequence));
        if (entry.type() != EntryType.CONTRIBUTION_RECORDED) {
            throw DomainException.conflict("not-a-contribution", "Entry " + sequence + " is a " + entry.type()
                    + "; only a recorded contribution is confirmed, disputed or corrected.");
        }
        return entry;
    }

    /** Entries of the same agreement after this recording that follow it up. */
    List<LedgerEntry> laterEntriesAbout(LedgerEntry recorded) {
        return ledger.entries(Optional.of(recorded.agreement()), recorded.sequence() + 1, ledger.size()).stream()
                .filter(e -> e.payload() instanceof EntryPayload.FollowUp f && f.contribution() == recorded.sequence())
                .toList();
    }

    /** Appends one entry by the actor, for the agreement. */
    LedgerEntry append(EntryPayload payload, Spo spo, Actor actor, Map<String, String> personal) {
        return writer.write(List.of(new PendingEntry(payload, spo.reference().value(), actor.organisationId().orElseThrow(),
                actor.userId(), personal))).get(0);
    }

    static boolean isReversal(LedgerEntry entry) {
        return entry.payload() instanceof ContributionCorrected c && c.isReversal();
    }

    static boolean isParty(Actor actor, Spo spo) {
        return actor.organisationId().map(org -> spo.supplier().value().equals(org)
                || spo.providers().stream().anyMatch(p -> p.value().equals(org))
                || (spo.stage().isSubmittedOrLater() && spo.buyer().map(b -> b.value().equals(org)).orElse(false)))
                .orElse(false);
    }

    static void requireParty(Actor actor, String organisation, String message) {
        if (!actor.actsFor(organisation)) {
            throw DomainException.notPermitted("not-the-party", message);
        }
    }

    static void requireStage(Spo spo, SpoStage... stages) {
        for (SpoStage stage : stages) {
            if (spo.stage() == stage) {
                return;
            }
        }
        throw DomainException.conflict("agreement-not-contracted", spo.reference() + " is " + spo.stage().describe() + ".");
    }

    static DomainException notFound(SpoReference agreement) {
        return DomainException.notFound("agreement-not-found", "No agreement " + agreement.value() + " is visible to you.");
    }

    static DomainException entryNotFound(long sequence) {
        return DomainException.notFound("entry-not-found", "No ledger entry " + sequence + " is visible to you.");
    }
}
