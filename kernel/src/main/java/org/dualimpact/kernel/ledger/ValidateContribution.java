package org.dualimpact.kernel.ledger;

import java.util.List;
import java.util.Map;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoStage;

/**
 * Community validation: a provider named in the agreement confirms or disputes (with a reason) a
 * recorded contribution — never the supplier, so no one validates their own claim. Each provider
 * validates a contribution once; a reversed contribution has nothing left to validate. The reason is
 * personal data: committed, not stored, in the entry.
 */
public final class ValidateContribution {

    private final LedgerRules rules;

    public ValidateContribution(ContributionLedger ledger, SpoRepository spos, EntryWriter writer) {
        this.rules = new LedgerRules(ledger, spos, writer);
    }

    public LedgerEntry confirm(Actor actor, long sequence) {
        Spo spo = validatable(actor, sequence);
        return rules.append(new ContributionConfirmed(sequence), spo, actor, Map.of());
    }

    public LedgerEntry dispute(Actor actor, long sequence, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-dispute", "A dispute needs a reason.",
                    List.of(new FieldError("reason", "is required")));
        }
        Spo spo = validatable(actor, sequence);
        return rules.append(new ContributionDisputed(sequence, null), spo, actor,
                Map.of("reason", Validation.requireText(reason, "reason", 2000)));
    }

    /** The agreement of a contribution this provider may still validate. */
    private Spo validatable(Actor actor, long sequence) {
        actor.require(Role.PROVIDER);
        LedgerEntry recorded = rules.recordedEntry(actor, sequence);
        Spo spo = rules.agreementOf(recorded);
        if (spo.providers().stream().noneMatch(p -> actor.actsFor(p.value()))) {
            throw DomainException.notPermitted("not-a-named-provider", "Only a provider named in " + spo.reference()
                    + " confirms or disputes its contributions.");
        }
        LedgerRules.requireStage(spo, SpoStage.CONTRACTED, SpoStage.REVIEWED);
        String organisation = actor.organisationId().orElseThrow();
        for (LedgerEntry later : rules.laterEntriesAbout(recorded)) {
            if (LedgerRules.isReversal(later)) {
                throw DomainException.conflict("contribution-reversed", "Entry " + sequence
                        + " was reversed by entry " + later.sequence() + "; there is nothing left to validate.");
            }
            if ((later.type() == EntryType.CONTRIBUTION_CONFIRMED || later.type() == EntryType.CONTRIBUTION_DISPUTED)
                    && later.organisation().equals(organisation)) {
                throw DomainException.conflict("already-validated", organisation + " already "
                        + (later.type() == EntryType.CONTRIBUTION_CONFIRMED ? "confirmed" : "disputed") + " entry "
                        + sequence + " (entry " + later.sequence() + ").");
            }
        }
        return spo;
    }
}
