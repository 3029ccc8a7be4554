package org.dualimpact.kernel.identity;

import static org.dualimpact.kernel.identity.IdentityFixture.BUYER;
import static org.dualimpact.kernel.identity.IdentityFixture.PLATFORM_ADMIN;
import static org.dualimpact.kernel.identity.IdentityFixture.organisationAdmin;
import static org.dualimpact.kernel.identity.IdentityFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class PlatformStaffTest {

    private final IdentityFixture kernel = new IdentityFixture();

    /** A user who has signed in once and holds no membership. */
    private UserId signedIn(String subject) {
        return kernel.signIn.held(person(subject, subject + "@platform.example.test")).user();
    }

    @Test
    void aGrantedAuditorActsAsAuditorOnItsNextRequest() {
        UserId ada = signedIn("ada");

        kernel.staff.grant(PLATFORM_ADMIN, ada, Set.of(Role.AUDITOR));

        Actor actor = kernel.signIn.actorFor(person("ada", "ada@platform.example.test"), Optional.empty());
        assertEquals(Set.of(Role.AUDITOR), actor.roles());
        assertEquals(Optional.empty(), actor.organisationId());
    }

    @Test
    void aGrantIsListedAndJournaled() {
        UserId ada = signedIn("ada");

        kernel.staff.grant(PLATFORM_ADMIN, ada, Set.of(Role.OPERATOR));

        assertEquals(List.of(ada), kernel.staff.of(PLATFORM_ADMIN).stream().map(Members.Member::user).toList());
        var entry = kernel.journal.about(ada.value()).get(kernel.journal.about(ada.value()).size() - 1);
        assertEquals("membership-grant", entry.action());
        assertEquals("operator", entry.detail());
    }

    @Test
    void organisationRolesAreNotPlatformRoles() {
        UserId ada = signedIn("ada");

        DomainException e = assertThrows(DomainException.class, () -> kernel.staff.grant(PLATFORM_ADMIN, ada, Set.of(Role.BUYER)));

        assertEquals("role-not-allowed", e.code());
    }

    @Test
    void anOrganisationAdminMayNotGrantPlatformRoles() {
        UserId ann = kernel.member("ann", "ann@tvp.example.test", BUYER, Role.ORGANISATION_ADMIN, Role.BUYER);
        UserId ada = signedIn("ada");

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.staff.grant(organisationAdmin(ann, BUYER, Role.BUYER), ada, Set.of(Role.AUDITOR)));

        assertEquals(DomainException.Kind.NOT_PERMITTED, e.kind());
    }

    @Test
    void aUserNeverSeenCannotBeGranted() {
        DomainException e = assertThrows(DomainException.class,
                () -> kernel.staff.grant(PLATFORM_ADMIN, new UserId("usr-bbbbbbbbbbbbbbbbbbbbbbbbbb"), Set.of(Role.AUDITOR)));

        assertEquals("member-not-found", e.code());
    }

    @Test
    void thePlatformKeepsOneAdmin() {
        UserId una = signedIn("una");
        kernel.staff.grant(PLATFORM_ADMIN, una, Set.of(Role.ADMIN));

        assertEquals("last-platform-admin",
                assertThrows(DomainException.class, () -> kernel.staff.remove(PLATFORM_ADMIN, una)).code());
        assertEquals("last-platform-admin",
                assertThrows(DomainException.class, () -> kernel.staff.grant(PLATFORM_ADMIN, una, Set.of(Role.AUDITOR))).code());

        kernel.staff.grant(PLATFORM_ADMIN, signedIn("vic"), Set.of(Role.ADMIN));
        kernel.staff.remove(PLATFORM_ADMIN, una);
        assertEquals(1, kernel.staff.of(PLATFORM_ADMIN).size());
    }

    @Test
    void aPlatformAdminActingForAnOrganisationMayNot() {
        UserId ada = signedIn("ada");
        Actor forAnOrganisation = new Actor(PLATFORM_ADMIN.userId(), Optional.of(BUYER.value()), Set.of(Role.ADMIN));

        assertEquals("not-platform-admin", assertThrows(DomainException.class,
                () -> kernel.staff.grant(forAnOrganisation, ada, Set.of(Role.AUDITOR))).code());
    }

    @Test
    void anAuditorMayNotAppointStaff() {
        UserId ada = signedIn("ada");
        Actor auditor = new Actor("usr-cccccccccccccccccccccccccc", Optional.empty(), Set.of(Role.AUDITOR));

        assertEquals(DomainException.Kind.NOT_PERMITTED, assertThrows(DomainException.class,
                () -> kernel.staff.grant(auditor, ada, Set.of(Role.AUDITOR))).kind());
    }

    @Test
    void aServiceAccountIsNoStaff() {
        UserId annId = kernel.member("ann", "ann@tvp.example.test", BUYER, Role.ORGANISATION_ADMIN, Role.BUYER);
        UserId robot = kernel.serviceAccounts.register(organisationAdmin(annId, BUYER, Role.BUYER), BUYER,
                new ServiceAccounts.Registration("https://login.example.test", "robot", "Robot", Set.of(Role.BUYER))).user();

        assertEquals("service-account", assertThrows(DomainException.class,
                () -> kernel.staff.grant(PLATFORM_ADMIN, robot, Set.of(Role.ADMIN))).code());
    }

    @Test
    void anErasedUserIsNoStaff() {
        UserId ada = signedIn("ada");
        kernel.erasure.erase(PLATFORM_ADMIN, ada);

        assertEquals("user-erased", assertThrows(DomainException.class,
                () -> kernel.staff.grant(PLATFORM_ADMIN, ada, Set.of(Role.AUDITOR))).code());
    }

    @Test
    void anAdminStepsDownOnceAnotherIsAdmin() {
        UserId una = signedIn("una");
        kernel.staff.grant(PLATFORM_ADMIN, una, Set.of(Role.ADMIN));
        kernel.staff.grant(PLATFORM_ADMIN, signedIn("vic"), Set.of(Role.ADMIN));

        Actor unaAsAdmin = new Actor(una.value(), Optional.empty(), Set.of(Role.ADMIN));
        assertEquals(Set.of(Role.AUDITOR), kernel.staff.grant(unaAsAdmin, una, Set.of(Role.AUDITOR)).roles());
    }

    @Test
    void removingSomeoneWithoutAPlatformMembershipIsNotFound() {
        assertEquals("member-not-found", assertThrows(DomainException.class,
                () -> kernel.staff.remove(PLATFORM_ADMIN, signedIn("ada"))).code());
    }
}
