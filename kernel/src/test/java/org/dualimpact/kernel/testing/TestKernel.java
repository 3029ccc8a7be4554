package org.dualimpact.kernel.testing;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.organisation.OrganisationService.Registration;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.AwardedProposals;
import org.dualimpact.kernel.spo.ProposalExpiry;
import org.dualimpact.kernel.spo.SpoAgreement;
import org.dualimpact.kernel.spo.SpoDocuments;
import org.dualimpact.kernel.spo.SpoDrafting;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoSubmission;
import org.dualimpact.kernel.tender.TenderService;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * The kernel's services wired over the in-memory fakes, with a hand-moved clock starting
 * {@link #START}, the sample reference data ({@link TestReferenceData}) loaded, and the people of the tests.
 */
public final class TestKernel {

    /** Monday 2 March 2026, 09:00 UTC. */
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    public static final String THAMES_VALLEY = "E23000029";
    public static final String METROPOLITAN = "E23000001";
    public static final String SOUTH_EAST = "E12000008";

    public static final String BUYER_ID = "GB-PFA-E23000029";
    public static final String OTHER_BUYER_ID = "GB-PFA-E23000001";
    public static final String SUPPLIER_1_ID = "GB-COH-09000001";
    public static final String SUPPLIER_2_ID = "GB-COH-09000002";
    public static final String PROVIDER_1_ID = "GB-CHC-1190001";
    public static final String PROVIDER_2_ID = "GB-CHC-1190002";

    public static final Actor ADMIN = new Actor("ada", Optional.empty(), Set.of(Role.ADMIN));
    public static final Actor BUYER = user("bea", BUYER_ID, Role.BUYER);
    public static final Actor OTHER_BUYER = user("bob", OTHER_BUYER_ID, Role.BUYER);
    public static final Actor SUPPLIER_1 = user("sam", SUPPLIER_1_ID, Role.SUPPLIER);
    public static final Actor SUPPLIER_2 = user("sue", SUPPLIER_2_ID, Role.SUPPLIER);
    public static final Actor PROVIDER_1 = user("pat", PROVIDER_1_ID, Role.PROVIDER);
    public static final Actor PROVIDER_2 = user("pia", PROVIDER_2_ID, Role.PROVIDER);
    public static final Actor AUDITOR = new Actor("aud", Optional.empty(), Set.of(Role.AUDITOR));

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryTerritoryRepository territoryRepository = new InMemoryTerritoryRepository();
    public final InMemoryOrganisationRepository organisationRepository = new InMemoryOrganisationRepository();
    public final InMemoryProvisionRepository provisionRepository = new InMemoryProvisionRepository();
    public final InMemoryTenderRepository tenderRepository = new InMemoryTenderRepository();
    public final InMemorySpoRepository spoRepository = new InMemorySpoRepository();
    public final InMemoryAuditJournal journal = new InMemoryAuditJournal();
    public final FakeDocumentRenderer renderer = new FakeDocumentRenderer();

    public final TerritoryService territories = new TerritoryService(territoryRepository);
    public final OrganisationService organisations = new OrganisationService(organisationRepository, territoryRepository);
    public final ProvisionService provisions = new ProvisionService(provisionRepository, organisationRepository,
            territoryRepository, clock);
    public final TenderService tenders = new TenderService(tenderRepository, organisationRepository, territoryRepository,
            new AwardedProposals(spoRepository, journal), journal, clock);
    public final SpoDrafting drafting = new SpoDrafting(spoRepository, provisionRepository, organisationRepository,
            territoryRepository, journal, clock);
    public final SpoSubmission submission = new SpoSubmission(spoRepository, provisionRepository, organisationRepository,
            territoryRepository, tenderRepository, journal, clock);
    public final SpoAgreement agreements = new SpoAgreement(spoRepository, journal, clock);
    public final SpoQueries queries = new SpoQueries(spoRepository, journal, organisationRepository);
    public final SpoDocuments documents = new SpoDocuments(spoRepository, provisionRepository, organisationRepository,
            territoryRepository, journal, renderer);
    public final ProposalExpiry expiry = new ProposalExpiry(spoRepository, tenderRepository, journal, clock);

    public TestKernel() {
        territories.loadReferenceData(TestReferenceData.sample());
    }

    public static Actor user(String userId, String organisation, Role role) {
        return new Actor(userId, Optional.of(organisation), EnumSet.of(role));
    }

    /** Registers the buyers, both suppliers and both providers of the tests (as the admin). */
    public void registerParties() {
        register(BUYER_ID, OrganisationKind.BUYER, "Thames Valley Police", THAMES_VALLEY);
        register(OTHER_BUYER_ID, OrganisationKind.BUYER, "Metropolitan Police Service", METROPOLITAN);
        register(SUPPLIER_1_ID, OrganisationKind.SUPPLIER, "Oxford Fleet Services Ltd", THAMES_VALLEY);
        register(SUPPLIER_2_ID, OrganisationKind.SUPPLIER, "Reading Office Supplies Ltd", THAMES_VALLEY);
        register(PROVIDER_1_ID, OrganisationKind.PROVIDER, "Slough Youth Digital", THAMES_VALLEY);
        register(PROVIDER_2_ID, OrganisationKind.PROVIDER, "Reading Community Larder", THAMES_VALLEY);
    }

    public void register(String id, OrganisationKind kind, String name, String territory) {
        organisations.register(ADMIN, new Registration(id, kind, name, Set.of(territory)));
    }
}
