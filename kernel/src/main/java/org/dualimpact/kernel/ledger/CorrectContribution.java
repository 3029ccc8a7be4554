package org.dualimpact.kernel.ledger;

import java.math.BigDecimal;
import java.util.Map;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoStage;

/**
 * The supplier that recorded a contribution corrects it, with a reason: a reversal cancels it; an
 * amendment replaces its quantity and, if given, its value. A reversed contribution is not corrected
 * again. The reason is personal data: committed, not stored, in the entry.
 */
public final class CorrectContribution {

    private final LedgerRules rules;

    /** A correction: {@code reversal} cancels the entry; otherwise the new quantity and value replace it. */
    public record Request(boolean reversal, BigDecimal quantity, BigDecimal value, String reason) {
    }

    public CorrectContribution(ContributionLedger ledger, SpoRepository spos, EntryWriter writer) {
        this.rules = new LedgerRules(ledger, spos, writer);
    }

    public LedgerEntry correct(Actor actor, long sequence, Request request) {
        actor.require(Role.SUPPLIER);
        LedgerEntry recorded = rules.recordedEntry(actor, sequence);
        Spo spo = rules.agreementOf(recorded);
        LedgerRules.requireParty(actor, spo.supplier().value(), "Only the supplier that recorded a contribution corrects it.");
        LedgerRules.requireStage(spo, SpoStage.CONTRACTED, SpoStage.REVIEWED);
        for (LedgerEntry later : rules.laterEntriesAbout(recorded)) {
            if (LedgerRules.isReversal(later)) {
                throw DomainException.conflict("contribution-reversed", "Entry " + sequence
                        + " was already reversed by entry " + later.sequence() + ".");
            }
        }
        Validation v = new Validation();
        v.require(request.reason() != null && !request.reason().isBlank(), "reason", "a correction needs a reason");
        if (request.reversal()) {
            v.require(request.quantity() == null && request.value() == null, "reversal",
                    "a reversal cancels the entry: send no quantity or value");
        } else {
            v.require(request.quantity() != null && request.quantity().signum() > 0, "quantity", "must be more than 0");
        }
        Money value = request.reversal() || request.value() == null ? null
                : v.field("value", () -> new Money(request.value()).requireNotNegative("value"));
        v.throwIfInvalid("invalid-correction", "The correction cannot be recorded as given.");
        ContributionCorrected payload = request.reversal() ? ContributionCorrected.reversal(sequence)
                : ContributionCorrected.amendment(sequence, request.quantity().stripTrailingZeros(),
                        value == null ? null : value.amount());
        return rules.append(payload, spo, actor, Map.of("reason", request.reason().strip()));
    }
}
