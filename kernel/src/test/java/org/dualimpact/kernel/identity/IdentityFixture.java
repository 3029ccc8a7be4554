package org.dualimpact.kernel.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.territory.TerritoryService;
import org.dualimpact.kernel.testing.InMemoryAuditJournal;
import org.dualimpact.kernel.testing.InMemoryInvitationRepository;
import org.dualimpact.kernel.testing.InMemoryJoinRequestRepository;
import org.dualimpact.kernel.testing.InMemoryMembershipRepository;
import org.dualimpact.kernel.testing.InMemoryOrganisationRepository;
import org.dualimpact.kernel.testing.InMemoryTerritoryRepository;
import org.dualimpact.kernel.testing.InMemoryUserRepository;
import org.dualimpact.kernel.testing.MutableClock;
import org.dualimpact.kernel.testing.RecordingMailer;
import org.dualimpact.kernel.testing.TestReferenceData;

/** The identity use cases over in-memory ports, with a buyer (Thames Valley) and a supplier registered. */
final class IdentityFixture {

    static final String ISSUER = "https://login.example.test";
    static final OrganisationId BUYER = new OrganisationId("GB-PFA-E23000029");
    static final OrganisationId SUPPLIER = new OrganisationId("GB-COH-09000001");
    static final Actor PLATFORM_ADMIN = new Actor("usr-aaaaaaaaaaaaaaaaaaaaaaaaaa", Optional.empty(), Set.of(Role.ADMIN));

    final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    final InMemoryTerritoryRepository territories = new InMemoryTerritoryRepository();
    final InMemoryOrganisationRepository organisations = new InMemoryOrganisationRepository();
    final InMemoryUserRepository users = new InMemoryUserRepository();
    final InMemoryMembershipRepository memberships = new InMemoryMembershipRepository();
    final InMemoryInvitationRepository invitationStore = new InMemoryInvitationRepository();
    final InMemoryJoinRequestRepository joinStore = new InMemoryJoinRequestRepository();
    final InMemoryAuditJournal journal = new InMemoryAuditJournal();
    final RecordingMailer mailer = new RecordingMailer();
    final SignInService signIn = new SignInService(users, memberships, organisations, journal, clock, Set.of("Root@Example.test"));
    final Invitations invitations = new Invitations(invitationStore, memberships, users, organisations, mailer, journal, clock,
            "https://dualimpact.example.test/", Duration.ofDays(7));
    final Members members = new Members(memberships, users, organisations, journal, clock);
    final ServiceAccounts serviceAccounts = new ServiceAccounts(memberships, users, members, journal, clock);
    final JoinRequests joinRequests = new JoinRequests(joinStore, organisations, territories, invitations, users, journal, clock);
    final PlatformStaff staff = new PlatformStaff(memberships, users, journal, clock);
    final UserErasure erasure = new UserErasure(users, memberships, invitationStore, joinStore, journal, clock);

    IdentityFixture() {
        new TerritoryService(territories).loadReferenceData(TestReferenceData.sample());
        OrganisationService registry = new OrganisationService(organisations, territories);
        registry.register(PLATFORM_ADMIN, new OrganisationService.Registration(BUYER.value(), OrganisationKind.BUYER,
                "Thames Valley Police", Set.of("E23000029")));
        registry.register(PLATFORM_ADMIN, new OrganisationService.Registration(SUPPLIER.value(), OrganisationKind.SUPPLIER,
                "Acme Facilities Ltd", Set.of("E23000029")));
    }

    static Identity person(String subject, String email) {
        return new Identity(ISSUER, subject, Optional.of(email), true, Optional.of("Person " + subject));
    }

    /** The token of an invitation's link. */
    static String tokenOf(Invitations.Sent sent) {
        return sent.link().substring(sent.link().lastIndexOf('/') + 1);
    }

    /** Invites the e-mail into the organisation with the roles and accepts it as the subject; returns its user id. */
    UserId member(String subject, String email, OrganisationId organisation, Role... roles) {
        Invitations.Sent sent = invitations.invite(PLATFORM_ADMIN, organisation, new Invitations.Invite(email, Set.of(roles)));
        return invitations.accept(person(subject, email), tokenOf(sent)).user();
    }

    /** The actor of an organisation admin of the organisation. */
    static Actor organisationAdmin(UserId user, OrganisationId organisation, Role kindRole) {
        return new Actor(user.value(), Optional.of(organisation.value()), Set.of(Role.ORGANISATION_ADMIN, kindRole));
    }
}
