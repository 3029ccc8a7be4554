package org.dualimpact.wiring;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.ContributionProgress;
import org.dualimpact.kernel.ledger.CorrectContribution;
import org.dualimpact.kernel.ledger.EntryWriter;
import org.dualimpact.kernel.ledger.LedgerExport;
import org.dualimpact.kernel.ledger.LedgerProofs;
import org.dualimpact.kernel.ledger.LedgerReads;
import org.dualimpact.kernel.ledger.RecordContribution;
import org.dualimpact.kernel.ledger.ValidateContribution;
import org.dualimpact.kernel.ledger.TreeHeadSigner;
import org.dualimpact.kernel.notification.MailOutbox;
import org.dualimpact.kernel.notification.OutboxReading;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.AwardedProposals;
import org.dualimpact.kernel.spo.ProposalExpiry;
import org.dualimpact.kernel.spo.SpoAgreement;
import org.dualimpact.kernel.spo.SpoDrafting;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoSubmission;
import org.dualimpact.kernel.tender.AwardFollowUp;
import org.dualimpact.kernel.tender.TenderRepository;
import org.dualimpact.kernel.tender.TenderService;
import org.dualimpact.kernel.territory.TerritoryRepository;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * Builds the kernel's application services from the ports the persistence and ledger adapters
 * implement: the one place the WARs (API, console and batch) get them from. Producers are {@code @Dependent}:
 * kernel classes have no no-arg constructor, so they cannot be proxied; they are cheap to build.
 * Services that render documents are built in {@link DocumentServices}; the batch's roll-up is built in
 * the batch WAR.
 */
@Dependent
public class KernelServices {

    /** The time every use case sees: UTC, from the server's clock. */
    @Produces
    @Dependent
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The development outbox, read by a platform admin. The {@code Mailer} port itself is one bean of the
     * mail adapter, chosen there from configuration (SMTP or this outbox); services here inject it as a port.
     */
    @Produces
    @Dependent
    OutboxReading outboxReading(MailOutbox outbox) {
        return new OutboxReading(outbox);
    }

    @Produces
    @Dependent
    TerritoryService territoryService(TerritoryRepository territories) {
        return new TerritoryService(territories);
    }

    @Produces
    @Dependent
    OrganisationService organisationService(OrganisationRepository organisations, TerritoryRepository territories) {
        return new OrganisationService(organisations, territories);
    }

    @Produces
    @Dependent
    ProvisionService provisionService(ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, Clock clock) {
        return new ProvisionService(provisions, organisations, territories, clock);
    }

    @Produces
    @Dependent
    TenderService tenderService(TenderRepository tenders, OrganisationRepository organisations,
            TerritoryRepository territories, AwardFollowUp followUp, AuditJournal journal, Clock clock) {
        return new TenderService(tenders, organisations, territories, followUp, journal, clock);
    }

    /** Awarding a tender turns the winner's submitted proposals into agreements. */
    @Produces
    @Dependent
    AwardFollowUp awardFollowUp(SpoRepository spos, AuditJournal journal) {
        return new AwardedProposals(spos, journal);
    }

    /** Entries are appended through the sequencer, which group-commits queued requests. */
    @Produces
    @Dependent
    RecordContribution recordContribution(ContributionLedger ledger, SpoRepository spos, TerritoryRepository territories,
            Clock clock, EntryWriter sequencer) {
        return new RecordContribution(ledger, spos, territories, clock, sequencer);
    }

    @Produces
    @Dependent
    ValidateContribution validateContribution(ContributionLedger ledger, SpoRepository spos, EntryWriter sequencer) {
        return new ValidateContribution(ledger, spos, sequencer);
    }

    @Produces
    @Dependent
    CorrectContribution correctContribution(ContributionLedger ledger, SpoRepository spos, EntryWriter sequencer) {
        return new CorrectContribution(ledger, spos, sequencer);
    }

    @Produces
    @Dependent
    ContributionProgress contributionProgress(ContributionLedger ledger, SpoRepository spos) {
        return new ContributionProgress(ledger, spos);
    }

    @Produces
    @Dependent
    LedgerReads ledgerReads(ContributionLedger ledger, SpoRepository spos) {
        return new LedgerReads(ledger, spos);
    }

    @Produces
    @Dependent
    LedgerProofs ledgerProofs(ContributionLedger ledger, SpoRepository spos, TreeHeadSigner signer, Clock clock) {
        return new LedgerProofs(ledger, spos, signer, clock);
    }

    @Produces
    @Dependent
    LedgerExport ledgerExport(ContributionLedger ledger) {
        return new LedgerExport(ledger);
    }

    @Produces
    @Dependent
    SpoDrafting spoDrafting(SpoRepository spos, ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, AuditJournal journal, Clock clock) {
        return new SpoDrafting(spos, provisions, organisations, territories, journal, clock);
    }

    @Produces
    @Dependent
    SpoSubmission spoSubmission(SpoRepository spos, ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, TenderRepository tenders, AuditJournal journal, Clock clock) {
        return new SpoSubmission(spos, provisions, organisations, territories, tenders, journal, clock);
    }

    @Produces
    @Dependent
    SpoAgreement spoAgreement(SpoRepository spos, AuditJournal journal, Clock clock) {
        return new SpoAgreement(spos, journal, clock);
    }

    @Produces
    @Dependent
    SpoQueries spoQueries(SpoRepository spos, AuditJournal journal, OrganisationRepository organisations) {
        return new SpoQueries(spos, journal, organisations);
    }

    @Produces
    @Dependent
    ProposalExpiry proposalExpiry(SpoRepository spos, TenderRepository tenders, AuditJournal journal, Clock clock) {
        return new ProposalExpiry(spos, tenders, journal, clock);
    }
}
