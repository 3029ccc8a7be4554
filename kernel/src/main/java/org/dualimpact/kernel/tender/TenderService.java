package org.dualimpact.kernel.tender;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Opening, closing and awarding tenders. Tenders are not confidential: any signed-in user reads
 * them (suppliers must find them to submit). Only the buyer that opened a tender closes or awards
 * it; awarding hands over to the {@link AwardFollowUp} (the winner's submitted proposals become
 * agreements awaiting signatures) in the same transaction.
 */
public final class TenderService {

    private final TenderRepository tenders;
    private final TenderLookup lookup;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final AwardFollowUp followUp;
    private final AuditJournal journal;
    private final Clock clock;

    public TenderService(TenderRepository tenders, OrganisationRepository organisations, TerritoryRepository territories,
            AwardFollowUp followUp, AuditJournal journal, Clock clock) {
        this.tenders = Objects.requireNonNull(tenders);
        this.lookup = new TenderLookup(tenders);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        this.followUp = Objects.requireNonNull(followUp);
        this.journal = Objects.requireNonNull(journal);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A buyer opens a tender in a territory it serves, closing today or later. */
    public Tender open(Actor actor, String title, String territoryCode, LocalDate closingDate) {
        actor.require(Role.BUYER);
        Organisation buyer = Membership.of(actor, organisations, OrganisationKind.BUYER, null);
        Validation validation = new Validation();
        validation.field("title", () -> Validation.requireText(title, "title", 200));
        Territory territory = territoryCode == null ? null : territories.territory(territoryCode).orElse(null);
        validation.require(territory != null, "territory", "unknown territory code " + territoryCode);
        validation.field("closingDate", () -> Validation.requirePlausibleDate(closingDate, "closingDate"));
        validation.throwIfInvalid("invalid-tender", "The tender cannot be opened as given.");
        if (!buyer.serves(territory.code())) {
            throw DomainException.ruleViolated("territory-not-served", buyer.name() + " does not serve "
                    + territory.name() + "; open tenders only in your own territories.");
        }
        LocalDate today = LocalDate.now(clock);
        if (closingDate.isBefore(today)) {
            throw DomainException.ruleViolated("closing-date-past", "The closing date " + closingDate + " is in the past.");
        }
        TenderReference reference = TenderReference.of(territory.abbrev(), today.getYear(),
                tenders.nextSequence(territory.abbrev(), today.getYear()));
        Tender tender = new Tender(reference, buyer.id(), title, territory.code(), closingDate, clock.instant(),
                TenderStatus.OPEN, null, null);
        tenders.add(tender);
        record(tender, "open", "", actor, "");
        return tender;
    }

    public List<Tender> all() {
        return tenders.all();
    }

    public Tender get(TenderReference reference) {
        return lookup.get(reference);
    }

    public Tender close(Actor actor, TenderReference reference) {
        Tender tender = lookup.own(actor, reference);
        tender.close(LocalDate.now(clock));
        tenders.update(tender);
        record(tender, "close", TenderStatus.OPEN.name(), actor, "");
        return tender;
    }

    /** Awards the tender to one supplier, then runs the {@link AwardFollowUp}. */
    public Tender award(Actor actor, TenderReference reference, OrganisationId supplier) {
        Tender tender = lookup.own(actor, reference);
        if (organisations.find(supplier).map(o -> o.kind() != OrganisationKind.SUPPLIER).orElse(true)) {
            throw DomainException.ruleViolated("not-a-supplier", supplier + " is not a registered supplier.");
        }
        String from = tender.status().name();
        Instant now = clock.instant();
        tender.award(supplier, LocalDate.now(clock), now);
        tenders.update(tender);
        record(tender, "award", from, actor, supplier.value());
        followUp.awarded(tender, actor, now);
        return tender;
    }

    private void record(Tender tender, String action, String from, Actor actor, String detail) {
        journal.append(new JournalEntry(0, clock.instant(), tender.reference().value(), action, from,
                tender.status().name(), actor.userId(), actor.organisationId(), "", detail));
    }
}
