package org.dualimpact.kernel.spo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;

/**
 * Reading SPOs: one SPO, the caller's own, an SPO's journal, and the summary any buyer may verify of
 * a contracted agreement. Who sees what is {@link SpoVisibility}; an SPO the caller may not see is
 * "not found", exactly as an unknown one.
 */
public final class SpoQueries {

    private final SpoRepository spos;
    private final AuditJournal journal;
    private final SpoSteps steps;
    private final OrganisationRepository organisations;

    public SpoQueries(SpoRepository spos, AuditJournal journal, OrganisationRepository organisations) {
        this.spos = Objects.requireNonNull(spos);
        this.organisations = Objects.requireNonNull(organisations);
        this.journal = Objects.requireNonNull(journal);
        this.steps = new SpoSteps(spos, journal);
    }

    public Spo get(Actor actor, SpoReference reference) {
        return steps.visible(actor, reference);
    }

    /**
     * The SPOs the caller's organisation is a party to, or (buyers) that were submitted to it. A buyer
     * organisation is never an SPO's supplier or provider (drafting takes a supplier, {@code ContentRules}
     * registered providers), so its SPOs are read from those submitted to it alone.
     */
    public List<Spo> mine(Actor actor) {
        Set<Spo> result = new LinkedHashSet<>();
        actor.organisationId().filter(OrganisationId::isValid).map(OrganisationId::new).ifPresent(org -> {
            if (!actor.has(Role.BUYER) || !isBuyer(org)) {
                result.addAll(spos.ofParty(org));
            }
            if (actor.has(Role.BUYER)) {
                spos.submittedTo(org).stream().filter(s -> s.stage().isSubmittedOrLater()).forEach(result::add);
            }
        });
        return result.stream().filter(s -> SpoVisibility.canSee(actor, s))
                .sorted(Comparator.comparing(Spo::createdAt).reversed()).toList();
    }

    private boolean isBuyer(OrganisationId org) {
        return organisations.find(org).map(o -> o.kind() == OrganisationKind.BUYER).orElse(false);
    }

    public List<JournalEntry> history(Actor actor, SpoReference reference) {
        Spo spo = spos.find(reference).filter(s -> SpoVisibility.canReadHistory(actor, s))
                .orElseThrow(() -> SpoSteps.notFound(reference));
        return journal.about(spo.reference().value());
    }

    /**
     * The newest journal entries, at most {@code limit}, about those of these SPOs whose history the
     * caller may read (one read of the journal, however many SPOs), newest first.
     */
    public List<JournalEntry> latestEvents(Actor actor, List<Spo> of, int limit) {
        return journal.latestAbout(of.stream().filter(spo -> SpoVisibility.canReadHistory(actor, spo))
                .map(spo -> spo.reference().value()).toList(), limit);
    }

    /**
     * The summary any buyer may see of a contracted agreement, by its reference and the verification
     * code printed on its document; a missing or wrong code is "not found", exactly as an unknown reference.
     */
    public VerifiedAgreement verification(Actor actor, SpoReference reference, String code) {
        Optional<VerificationCode> given = VerificationCode.parse(code);
        Spo spo = spos.find(reference).filter(s -> SpoVisibility.canVerify(actor, s))
                .filter(s -> given.isPresent() && s.contract().map(c -> c.verificationCode().matches(given.get())).orElse(false))
                .orElseThrow(() -> SpoSteps.notFound(reference));
        Map<OrganisationId, String> names = new HashMap<>();
        Set<OrganisationId> named = new LinkedHashSet<>(spo.providers());
        named.add(spo.supplier());
        spo.buyer().ifPresent(named::add);
        spo.signatures().forEach(s -> named.add(s.party()));
        named.forEach(id -> organisations.find(id).ifPresent(o -> names.put(id, o.name())));
        return new VerifiedAgreement(spo, names);
    }
}
