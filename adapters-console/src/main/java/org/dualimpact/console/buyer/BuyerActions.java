package org.dualimpact.console.buyer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.AuditStatus;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoStage;
import org.dualimpact.kernel.spo.VerifiedAgreement;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderService;

/**
 * The buyer's use cases the console's pages call, each in one transaction, with the acting actor and
 * through the services the API calls for the same step (ProvisionResource, TenderResource, SpoResource,
 * AgreementResource): the kernel decides who may audit, open, close, award, review and verify.
 */
@ApplicationScoped
@Transactional
public class BuyerActions {

    @Inject
    ProvisionService provisions;

    @Inject
    TenderService tenders;

    @Inject
    SpoQueries spos;

    /** The provisions pending audit that the kernel lists for the buyer (those in its territories). */
    public List<Provision> auditQueue(Actor actor) {
        return provisions.auditQueue(actor);
    }

    /** The buyer's decision on the provision as read at {@code version}; edited since, a {@code STALE} refusal. */
    public Provision audit(Actor actor, ProvisionId id, long version, AuditStatus decision, String reason) {
        return provisions.audit(actor, id, version, decision, reason);
    }

    /** The acting organisation's own tenders, newest first. */
    public List<Tender> ownTenders(Actor actor) {
        Optional<String> org = actor.organisationId();
        return tenders.all().stream().filter(t -> org.map(t.buyer().value()::equals).orElse(false))
                .sorted(Comparator.comparing(Tender::createdAt).reversed()).toList();
    }

    public Tender tender(TenderReference reference) {
        return tenders.get(reference);
    }

    public Tender open(Actor actor, String title, String territory, LocalDate closingDate) {
        return tenders.open(actor, title, territory, closingDate);
    }

    public Tender close(Actor actor, TenderReference reference) {
        return tenders.close(actor, reference);
    }

    public Tender award(Actor actor, TenderReference reference, OrganisationId supplier) {
        return tenders.award(actor, reference, supplier);
    }

    /** The proposals submitted to the tender that the buyer sees, to award among their suppliers. */
    public List<Spo> submittedTo(Actor actor, TenderReference reference) {
        return spos.mine(actor).stream().filter(s -> s.tender().map(reference::equals).orElse(false)
                && s.stage() == SpoStage.SUBMITTED).toList();
    }

    public VerifiedAgreement verify(Actor actor, SpoReference reference, String code) {
        return spos.verification(actor, reference, code);
    }
}
