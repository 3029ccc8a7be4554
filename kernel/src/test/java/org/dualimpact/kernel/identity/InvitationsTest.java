package org.dualimpact.kernel.identity;

import static org.dualimpact.kernel.identity.IdentityFixture.BUYER;
import static org.dualimpact.kernel.identity.IdentityFixture.ISSUER;
import static org.dualimpact.kernel.identity.IdentityFixture.PLATFORM_ADMIN;
import static org.dualimpact.kernel.identity.IdentityFixture.SUPPLIER;
import static org.dualimpact.kernel.identity.IdentityFixture.person;
import static org.dualimpact.kernel.identity.IdentityFixture.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class InvitationsTest {

    private final IdentityFixture kernel = new IdentityFixture();

    private Invitations.Sent invite(Actor actor, OrganisationId organisation, String email, Role... roles) {
        return kernel.invitations.invite(actor, organisation, new Invitations.Invite(email, Set.of(roles)));
    }

    @Test
    void aPlatformAdminInvitesAndTheLinkIsMailedAndReturned() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "Ann@TVP.example.test", Role.ORGANISATION_ADMIN, Role.BUYER);

        assertTrue(sent.mailed());
        assertTrue(sent.link().startsWith("https://dualimpact.example.test/invitations/"));
        assertEquals("ann@tvp.example.test", kernel.mailer.sent().get(0).to());
        assertTrue(kernel.mailer.sent().get(0).body().contains(sent.link()));
    }

    @Test
    void onlyTheTokensHashIsStored() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);

        Invitation stored = kernel.invitationStore.all().get(0);
        assertEquals(Invitation.hashOf(tokenOf(sent)), stored.tokenHash());
        assertFalse(stored.toString().contains(tokenOf(sent)));
    }

    @Test
    void aFailedMailKeepsTheInvitationAndSaysSo() {
        kernel.mailer.failEverySend();

        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);

        assertFalse(sent.mailed());
        assertEquals(1, kernel.invitationStore.all().size());
    }

    @Test
    void anOrganisationAdminInvitesIntoItsOwnOrganisation() {
        UserId ann = kernel.member("ann", "ann@tvp.example.test", BUYER, Role.ORGANISATION_ADMIN, Role.BUYER);

        Invitations.Sent sent = invite(IdentityFixture.organisationAdmin(ann, BUYER, Role.BUYER), BUYER, "bob@tvp.example.test",
                Role.BUYER);

        assertEquals(ann.value(), sent.invitation().invitedBy());
    }

    @Test
    void anOrganisationAdminMayNotInviteIntoAnotherOrganisation() {
        UserId ann = kernel.member("ann", "ann@tvp.example.test", BUYER, Role.ORGANISATION_ADMIN, Role.BUYER);
        Actor admin = IdentityFixture.organisationAdmin(ann, BUYER, Role.BUYER);

        DomainException e = assertThrows(DomainException.class, () -> invite(admin, SUPPLIER, "x@acme.example.test", Role.SUPPLIER));

        assertEquals("not-organisation-admin", e.code());
    }

    @Test
    void aMemberWithoutTheAdminRoleMayNotInvite() {
        Actor buyer = new Actor("usr-bbbbbbbbbbbbbbbbbbbbbbbbbb", Optional.of(BUYER.value()), Set.of(Role.BUYER));

        DomainException e = assertThrows(DomainException.class, () -> invite(buyer, BUYER, "x@tvp.example.test", Role.BUYER));

        assertEquals("role-required", e.code());
    }

    @Test
    void aRoleTheOrganisationCannotGrantIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> invite(PLATFORM_ADMIN, BUYER, "x@tvp.example.test", Role.ADMIN));

        assertEquals("role-not-allowed", e.code());
        assertEquals(DomainException.Kind.INVALID_INPUT, e.kind());
    }

    @Test
    void aMalformedEmailIsRefused() {
        DomainException e = assertThrows(DomainException.class, () -> invite(PLATFORM_ADMIN, BUYER, "not-an-address", Role.BUYER));

        assertEquals("invalid-email", e.code());
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        DomainException e = assertThrows(DomainException.class,
                () -> invite(PLATFORM_ADMIN, new OrganisationId("GB-CHC-1190002"), "x@example.test", Role.PROVIDER));

        assertEquals("organisation-not-found", e.code());
    }

    @Test
    void acceptingWithTheVerifiedEmailInAnyCaseCreatesTheMembership() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.ORGANISATION_ADMIN, Role.BUYER);

        Membership membership = kernel.invitations.accept(person("ann", "ANN@tvp.example.test"), tokenOf(sent));

        assertEquals(Optional.of(BUYER), membership.organisation());
        assertEquals(Set.of(Role.ORGANISATION_ADMIN, Role.BUYER), membership.roles());
        assertEquals(InvitationState.ACCEPTED, kernel.invitationStore.all().get(0).state());
    }

    @Test
    void acceptingIsJournaledByUserIdOnly() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);

        UserId ann = kernel.invitations.accept(person("ann", "ann@tvp.example.test"), tokenOf(sent)).user();

        var entries = kernel.journal.all();
        assertEquals(ann.value(), kernel.journal.about(ann.value()).get(0).actor());
        assertTrue(entries.stream().noneMatch(e -> e.toString().contains("ann@")));
    }

    @Test
    void aLinkWorksOnce() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);
        kernel.invitations.accept(person("ann", "ann@tvp.example.test"), tokenOf(sent));

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.accept(person("ann2", "ann@tvp.example.test"), tokenOf(sent)));

        assertEquals("invitation-used", e.code());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
    }

    @Test
    void anExpiredInvitationIsRefused() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);
        kernel.clock.advance(Duration.ofDays(7));

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.accept(person("ann", "ann@tvp.example.test"), tokenOf(sent)));

        assertEquals("invitation-expired", e.code());
        assertTrue(kernel.memberships.all().isEmpty());
    }

    @Test
    void anInvitationIsValidUntilJustBeforeItsExpiry() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);
        kernel.clock.advance(Duration.ofDays(7).minusSeconds(1));

        assertEquals(Optional.of(BUYER), kernel.invitations.accept(person("ann", "ann@tvp.example.test"), tokenOf(sent)).organisation());
    }

    @Test
    void anotherEmailIsRefused() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.accept(person("eve", "eve@example.test"), tokenOf(sent)));

        assertEquals("invitation-email-mismatch", e.code());
        assertEquals(DomainException.Kind.NOT_PERMITTED, e.kind());
    }

    @Test
    void theInvitedEmailUnverifiedIsRefused() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);
        Identity unverified = new Identity(ISSUER, "ann", Optional.of("ann@tvp.example.test"), false, Optional.empty());

        DomainException e = assertThrows(DomainException.class, () -> kernel.invitations.accept(unverified, tokenOf(sent)));

        assertEquals("invitation-email-mismatch", e.code());
    }

    @Test
    void anUnknownTokenIsNotFound() {
        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.accept(person("ann", "ann@tvp.example.test"), "no-such-token"));

        assertEquals("invitation-not-found", e.code());
    }

    @Test
    void aMemberCannotAcceptASecondInvitationToTheSameOrganisation() {
        kernel.member("ann", "ann@tvp.example.test", BUYER, Role.BUYER);
        Invitations.Sent again = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.ORGANISATION_ADMIN);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.accept(person("ann", "ann@tvp.example.test"), tokenOf(again)));

        assertEquals("already-a-member", e.code());
    }

    @Test
    void anAdminListsTheOrganisationsInvitations() {
        invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);
        invite(PLATFORM_ADMIN, SUPPLIER, "sam@acme.example.test", Role.SUPPLIER);

        assertEquals(1, kernel.invitations.of(PLATFORM_ADMIN, BUYER).size());
    }

    @Test
    void theExpiryIsConfigurable() {
        Invitations shortLived = new Invitations(kernel.invitationStore, kernel.memberships, kernel.users, kernel.organisations,
                kernel.mailer, kernel.journal, kernel.clock, "http://localhost:9080", Duration.ofMinutes(5));

        Invitations.Sent sent = shortLived.invite(PLATFORM_ADMIN, BUYER, new Invitations.Invite("a@tvp.example.test", Set.of(Role.BUYER)));

        assertEquals(Duration.ofMinutes(5), Duration.between(sent.invitation().createdAt(), sent.invitation().expiresAt()));
        assertTrue(sent.link().startsWith("http://localhost:9080/invitations/"));
    }

    @Test
    void anOrganisationAdminRevokesAPendingInvitation() {
        UserId ann = kernel.member("ann", "ann@acme.example.test", SUPPLIER, Role.ORGANISATION_ADMIN, Role.SUPPLIER);
        Invitations.Sent sent = invite(PLATFORM_ADMIN, SUPPLIER, "cy@acme.example.test", Role.SUPPLIER);

        Invitation revoked = kernel.invitations.revoke(IdentityFixture.organisationAdmin(ann, SUPPLIER, Role.SUPPLIER),
                SUPPLIER, sent.invitation().id());

        assertEquals(InvitationState.REVOKED, revoked.state());
        assertEquals(InvitationState.REVOKED, kernel.invitationStore.find(sent.invitation().id()).orElseThrow().state());
        assertEquals("invite-revoke", kernel.journal.all().get(kernel.journal.size() - 1).action());
    }

    @Test
    void aRevokedLinkIsRefused() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "cy@tvp.example.test", Role.BUYER);
        kernel.invitations.revoke(PLATFORM_ADMIN, BUYER, sent.invitation().id());

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.accept(person("cy", "cy@tvp.example.test"), tokenOf(sent)));

        assertEquals("invitation-revoked", e.code());
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
    }

    @Test
    void anAcceptedInvitationIsNotRevoked() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "cy@tvp.example.test", Role.BUYER);
        kernel.invitations.accept(person("cy", "cy@tvp.example.test"), tokenOf(sent));

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.revoke(PLATFORM_ADMIN, BUYER, sent.invitation().id()));

        assertEquals("invitation-not-pending", e.code());
    }

    @Test
    void anotherOrganisationsAdminMayNotRevoke() {
        UserId ann = kernel.member("ann", "ann@acme.example.test", SUPPLIER, Role.ORGANISATION_ADMIN, Role.SUPPLIER);
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "cy@tvp.example.test", Role.BUYER);

        DomainException e = assertThrows(DomainException.class, () -> kernel.invitations.revoke(
                IdentityFixture.organisationAdmin(ann, SUPPLIER, Role.SUPPLIER), BUYER, sent.invitation().id()));

        assertEquals("not-organisation-admin", e.code());
    }

    @Test
    void anInvitationOfAnotherOrganisationIsNotFound() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "cy@tvp.example.test", Role.BUYER);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.revoke(PLATFORM_ADMIN, SUPPLIER, sent.invitation().id()));

        assertEquals("invitation-not-found", e.code());
    }

    @Test
    void aPreviewShowsTheOrganisationAndRolesWithoutAccepting() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.ORGANISATION_ADMIN, Role.BUYER);

        Invitations.Offer offer = kernel.invitations.preview(person("ann", "ann@tvp.example.test"), tokenOf(sent));

        assertEquals(BUYER, offer.organisation());
        assertEquals(Set.of(Role.ORGANISATION_ADMIN, Role.BUYER), offer.roles());
        assertTrue(kernel.memberships.all().isEmpty());
        assertEquals(InvitationState.PENDING, kernel.invitationStore.all().get(0).state());
    }

    @Test
    void aPreviewIsRefusedAsAcceptingWouldBe() {
        Invitations.Sent sent = invite(PLATFORM_ADMIN, BUYER, "ann@tvp.example.test", Role.BUYER);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.invitations.preview(person("eve", "eve@example.test"), tokenOf(sent)));

        assertEquals("invitation-email-mismatch", e.code());
    }
}
