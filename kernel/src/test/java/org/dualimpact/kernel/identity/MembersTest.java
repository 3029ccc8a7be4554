package org.dualimpact.kernel.identity;

import static org.dualimpact.kernel.identity.IdentityFixture.BUYER;
import static org.dualimpact.kernel.identity.IdentityFixture.PLATFORM_ADMIN;
import static org.dualimpact.kernel.identity.IdentityFixture.SUPPLIER;
import static org.dualimpact.kernel.identity.IdentityFixture.organisationAdmin;
import static org.dualimpact.kernel.identity.IdentityFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class MembersTest {

    private final IdentityFixture kernel = new IdentityFixture();
    private final UserId ann = kernel.member("ann", "ann@tvp.example.test", BUYER, Role.ORGANISATION_ADMIN, Role.BUYER);
    private final UserId bob = kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);
    private final Actor annAdmin = organisationAdmin(ann, BUYER, Role.BUYER);

    @Test
    void anAdminListsItsMembersWithNamesAndEmails() {
        var listed = kernel.members.of(annAdmin, BUYER);

        assertEquals(2, listed.size());
        assertTrue(listed.stream().anyMatch(m -> m.user().equals(bob) && m.email().equals(Optional.of("bob@tvp.example.test"))));
    }

    @Test
    void anotherOrganisationsAdminMayNotListThem() {
        UserId sam = kernel.member("sam", "sam@acme.example.test", SUPPLIER, Role.ORGANISATION_ADMIN, Role.SUPPLIER);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.members.of(organisationAdmin(sam, SUPPLIER, Role.SUPPLIER), BUYER));

        assertEquals("not-organisation-admin", e.code());
    }

    @Test
    void aRoleChangeTakesEffectOnTheNextSignIn() {
        kernel.members.changeRoles(annAdmin, BUYER, bob, Set.of(Role.ORGANISATION_ADMIN, Role.BUYER));

        Actor actor = kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.empty());

        assertEquals(Set.of(Role.ORGANISATION_ADMIN, Role.BUYER), actor.roles());
    }

    @Test
    void aRoleChangeIsJournaledWithBothRoleSets() {
        kernel.members.changeRoles(annAdmin, BUYER, bob, Set.of(Role.ORGANISATION_ADMIN, Role.BUYER));

        var entry = kernel.journal.about(bob.value()).get(kernel.journal.about(bob.value()).size() - 1);
        assertEquals("membership-roles", entry.action());
        assertEquals("buyer -> buyer,organisation-admin", entry.detail());
        assertEquals(ann.value(), entry.actor());
    }

    @Test
    void journalStatesFitTheirColumns() {
        kernel.members.changeRoles(annAdmin, BUYER, bob, Set.of(Role.ORGANISATION_ADMIN, Role.BUYER));
        kernel.members.remove(annAdmin, BUYER, bob);

        assertTrue(kernel.journal.all().stream().allMatch(e -> e.fromState().length() <= 24 && e.toState().length() <= 24
                && e.action().length() <= 32 && e.subject().length() <= 40 && e.detail().length() <= 500));
    }

    @Test
    void aRoleOutsideTheOrganisationsKindIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> kernel.members.changeRoles(annAdmin, BUYER, bob, Set.of(Role.SUPPLIER)));

        assertEquals("role-not-allowed", e.code());
    }

    @Test
    void theLastOrganisationAdminKeepsTheRole() {
        DomainException e = assertThrows(DomainException.class,
                () -> kernel.members.changeRoles(annAdmin, BUYER, ann, Set.of(Role.BUYER)));

        assertEquals("last-organisation-admin", e.code());
        assertEquals(DomainException.Kind.RULE_VIOLATED, e.kind());
    }

    @Test
    void theLastOrganisationAdminCannotBeRemoved() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.members.remove(PLATFORM_ADMIN, BUYER, ann));

        assertEquals("last-organisation-admin", e.code());
    }

    @Test
    void anAdminMayLeaveOnceAnotherIsAdmin() {
        kernel.members.changeRoles(annAdmin, BUYER, bob, Set.of(Role.ORGANISATION_ADMIN, Role.BUYER));

        kernel.members.remove(annAdmin, BUYER, ann);

        assertEquals(1, kernel.members.of(PLATFORM_ADMIN, BUYER).size());
    }

    @Test
    void aRemovedMemberIsRefusedOnTheNextSignIn() {
        kernel.members.remove(annAdmin, BUYER, bob);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.empty()));

        assertEquals("no-membership", e.code());
        assertEquals("membership-end", kernel.journal.about(bob.value()).get(kernel.journal.about(bob.value()).size() - 1).action());
    }

    @Test
    void aNonMemberIsNotFound() {
        UserId sam = kernel.member("sam", "sam@acme.example.test", SUPPLIER, Role.ORGANISATION_ADMIN, Role.SUPPLIER);

        DomainException e = assertThrows(DomainException.class, () -> kernel.members.remove(annAdmin, BUYER, sam));

        assertEquals("member-not-found", e.code());
    }
}
