package org.dualimpact.kernel.spo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Validation;

/**
 * Stages 2 to 4, the agreement: the supplier and every named provider sign; the buyer it was
 * submitted to attaches it to the supply contract and later records the post-contract review; a
 * provider adds its own validation of delivery. Each step is journalled.
 */
public final class SpoAgreement {

    private final SpoSteps steps;
    private final Clock clock;

    /** The contract a buyer attaches an agreement to. */
    public record ContractRequest(String contractReference, LocalDate start, LocalDate end, BigDecimal value) {
    }

    public SpoAgreement(SpoRepository spos, AuditJournal journal, Clock clock) {
        this.steps = new SpoSteps(spos, journal);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Supplier or provider signs the agreement for its organisation. */
    public Spo sign(Actor actor, SpoReference reference) {
        Spo spo = steps.visible(actor, reference);
        return steps.apply(spo, spo.sign(Membership.idOf(actor), actor, clock.instant()));
    }

    /** The buyer attaches the signed agreement to its supply contract; the agreement gets its verification code. */
    public Spo attachContract(Actor actor, SpoReference reference, ContractRequest request) {
        Spo spo = steps.visible(actor, reference);
        SpoSteps.requireBuyer(actor, spo);
        Validation validation = new Validation();
        ContractAttachment attachment = validation.field("contract", () -> new ContractAttachment(
                request.contractReference(), request.start(), request.end(),
                request.value() == null ? null : new Money(request.value()), Membership.idOf(actor), actor.userId(),
                clock.instant(), VerificationCode.random()));
        validation.throwIfInvalid("invalid-contract", "The contract cannot be attached as given.");
        return steps.apply(spo, spo.attachContract(attachment, actor, clock.instant()));
    }

    /** The buyer records the post-contract review. */
    public Spo review(Actor actor, SpoReference reference, ReviewVerdict verdict, String notes) {
        Spo spo = steps.visible(actor, reference);
        SpoSteps.requireBuyer(actor, spo);
        Validation validation = new Validation();
        Review review = validation.field("verdict", () -> new Review(verdict, notes, Membership.idOf(actor), actor.userId(),
                clock.instant()));
        validation.throwIfInvalid("invalid-review", "The review cannot be recorded as given.");
        return steps.apply(spo, spo.review(review, LocalDate.now(clock), actor, clock.instant()));
    }

    /** A provider adds its validation of delivery. */
    public Spo validate(Actor actor, SpoReference reference, ReviewVerdict verdict, String notes) {
        Spo spo = steps.visible(actor, reference);
        Validation validation = new Validation();
        ProviderValidation providerValidation = validation.field("verdict", () -> new ProviderValidation(
                Membership.idOf(actor), verdict, notes, actor.userId(), clock.instant()));
        validation.throwIfInvalid("invalid-validation", "The validation cannot be recorded as given.");
        return steps.apply(spo, spo.validate(providerValidation, actor, clock.instant()));
    }
}
