package org.dualimpact.kernel.identity;

import static org.dualimpact.kernel.identity.IdentityFixture.BUYER;
import static org.dualimpact.kernel.identity.IdentityFixture.PLATFORM_ADMIN;
import static org.dualimpact.kernel.identity.IdentityFixture.SUPPLIER;
import static org.dualimpact.kernel.identity.IdentityFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class UserErasureTest {

    private final IdentityFixture kernel = new IdentityFixture();
    private final UserId bob = kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);

    @Test
    void erasureRemovesNameEmailAndMemberships() {
        kernel.erasure.erase(PLATFORM_ADMIN, bob);

        User erased = kernel.users.find(bob).orElseThrow();
        assertTrue(erased.erased());
        assertEquals(Optional.empty(), erased.name());
        assertEquals(Optional.empty(), erased.email());
        assertTrue(kernel.memberships.of(bob).isEmpty());
    }

    @Test
    void erasureKeepsTheJournalAndAppendsToIt() {
        int before = kernel.journal.size();

        kernel.erasure.erase(PLATFORM_ADMIN, bob);

        assertEquals(before + 1, kernel.journal.size());
        assertEquals("user-erase", kernel.journal.all().get(before).action());
        assertEquals(bob.value(), kernel.journal.all().get(before).subject());
    }

    @Test
    void onlyAPlatformAdminErases() {
        Actor orgAdmin = new Actor("usr-eeeeeeeeeeeeeeeeeeeeeeeeee", Optional.of(BUYER.value()), Set.of(Role.ADMIN));

        DomainException e = assertThrows(DomainException.class, () -> kernel.erasure.erase(orgAdmin, bob));

        assertEquals("platform-admin-required", e.code());
    }

    @Test
    void aBuyerMayNotErase() {
        Actor buyer = new Actor("usr-eeeeeeeeeeeeeeeeeeeeeeeeee", Optional.of(BUYER.value()), Set.of(Role.BUYER));

        DomainException e = assertThrows(DomainException.class, () -> kernel.erasure.erase(buyer, bob));

        assertEquals("role-required", e.code());
    }

    @Test
    void aUserIsErasedOnce() {
        kernel.erasure.erase(PLATFORM_ADMIN, bob);

        DomainException e = assertThrows(DomainException.class, () -> kernel.erasure.erase(PLATFORM_ADMIN, bob));

        assertEquals("user-erased", e.code());
    }

    @Test
    void anUnknownUserIsNotFound() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.erasure.erase(PLATFORM_ADMIN, UserId.random()));

        assertEquals("user-not-found", e.code());
    }

    @Test
    void erasureReplacesTheEmailInTheUsersInvitations() {
        kernel.invitations.invite(PLATFORM_ADMIN, SUPPLIER, new Invitations.Invite("BOB@tvp.example.test", Set.of(Role.SUPPLIER)));

        kernel.erasure.erase(PLATFORM_ADMIN, bob);

        assertTrue(kernel.invitationStore.all().stream().allMatch(i -> i.email().equals(EmailAddress.ERASED)),
                kernel.invitationStore.all()::toString);
    }

    @Test
    void erasureRevokesThePendingInvitationsToTheUsersAddress() {
        Invitations.Sent sent = kernel.invitations.invite(PLATFORM_ADMIN, SUPPLIER,
                new Invitations.Invite("BOB@tvp.example.test", Set.of(Role.SUPPLIER)));

        kernel.erasure.erase(PLATFORM_ADMIN, bob);

        assertEquals(InvitationState.REVOKED, kernel.invitationStore.find(sent.invitation().id()).orElseThrow().state());
        assertEquals("REVOKED", kernel.journal.about(sent.invitation().id()).get(1).toState());
    }

    @Test
    void erasureKeepsOtherPeoplesInvitations() {
        kernel.invitations.invite(PLATFORM_ADMIN, SUPPLIER, new Invitations.Invite("cy@acme.example.test", Set.of(Role.SUPPLIER)));

        kernel.erasure.erase(PLATFORM_ADMIN, bob);

        assertTrue(kernel.invitationStore.all().stream().anyMatch(i -> i.email().value().equals("cy@acme.example.test")));
    }

    @Test
    void erasureReplacesTheContactEmailOfTheUsersJoinRequests() {
        kernel.joinRequests.apply(person("bob", "bob@tvp.example.test"), new JoinRequests.Application("Bob's Larder",
                OrganisationKind.PROVIDER, "GB-CHC-1190002", "E23000029", "larder@bob.example.test"));

        kernel.erasure.erase(PLATFORM_ADMIN, bob);

        assertEquals(EmailAddress.ERASED, kernel.joinStore.all().get(0).contactEmail());
    }
}
