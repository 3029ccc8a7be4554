package org.dualimpact.kernel.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;

/**
 * Reading entries and the personal data behind them: an auditor sees every entry; a party only those
 * of its agreements. An administrator erases an entry's personal data on request (crypto-shredding):
 * salts and clear texts go, every hash stays valid.
 */
public final class LedgerReads {

    private final ContributionLedger ledger;
    private final SpoRepository spos;

    public LedgerReads(ContributionLedger ledger, SpoRepository spos) {
        this.ledger = Objects.requireNonNull(ledger);
        this.spos = Objects.requireNonNull(spos);
    }

    /** Entries {@code from <= sequence < to} visible to the actor, optionally of one agreement. */
    public List<LedgerEntry> entries(Actor actor, Optional<SpoReference> agreement, long from, long to) {
        if (from < 0 || to < from) {
            throw DomainException.invalid("invalid-range", "Use 0 <= from <= to.");
        }
        long upper = Math.min(to, ledger.size());
        Optional<String> reference = agreement.map(SpoReference::value);
        if (actor.has(Role.AUDITOR)) {
            return ledger.entries(reference, from, upper);
        }
        if (agreement.isPresent()) {
            Spo spo = spos.find(agreement.get()).filter(s -> LedgerRules.isParty(actor, s))
                    .orElseThrow(() -> LedgerRules.notFound(agreement.get()));
            return ledger.entries(Optional.of(spo.reference().value()), from, upper);
        }
        Map<String, Boolean> partyOf = new HashMap<>();
        return ledger.entries(Optional.empty(), from, upper).stream()
                .filter(e -> partyOf.computeIfAbsent(e.agreement(),
                        a -> spos.find(new SpoReference(a)).map(s -> LedgerRules.isParty(actor, s)).orElse(false)))
                .toList();
    }

    /** One entry, for an auditor or a party of its agreement; any other caller meets "not found". */
    public LedgerEntry entry(Actor actor, long sequence) {
        LedgerEntry entry = ledger.entry(sequence).orElseThrow(() -> LedgerRules.entryNotFound(sequence));
        if (actor.has(Role.AUDITOR) || spos.find(new SpoReference(entry.agreement()))
                .map(s -> LedgerRules.isParty(actor, s)).orElse(false)) {
            return entry;
        }
        throw LedgerRules.entryNotFound(sequence);
    }

    public List<PersonalData> personalData(long sequence) {
        return ledger.personalData(sequence);
    }

    /** Erases the salts and clear texts of an entry; @return how many fields were erased */
    public int erasePersonalData(Actor actor, long sequence) {
        actor.require(Role.ADMIN);
        ledger.entry(sequence).orElseThrow(() -> DomainException.notFound("entry-not-found", "No ledger entry " + sequence + "."));
        return ledger.erasePersonalData(sequence);
    }

    public long size() {
        return ledger.size();
    }
}
