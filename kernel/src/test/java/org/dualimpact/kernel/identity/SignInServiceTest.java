package org.dualimpact.kernel.identity;

import static org.dualimpact.kernel.identity.IdentityFixture.BUYER;
import static org.dualimpact.kernel.identity.IdentityFixture.ISSUER;
import static org.dualimpact.kernel.identity.IdentityFixture.SUPPLIER;
import static org.dualimpact.kernel.identity.IdentityFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class SignInServiceTest {

    private final IdentityFixture kernel = new IdentityFixture();

    @Test
    void theOnlyMembershipGivesTheActor() {
        UserId bob = kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);

        Actor actor = kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.empty());

        assertEquals(new Actor(bob.value(), Optional.of(BUYER.value()), Set.of(Role.BUYER)), actor);
    }

    @Test
    void aChosenOrganisationGivesItsRoles() {
        kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);
        kernel.member("bob", "bob@tvp.example.test", SUPPLIER, Role.SUPPLIER, Role.ORGANISATION_ADMIN);

        Actor actor = kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.of(SUPPLIER));

        assertEquals(Optional.of(SUPPLIER.value()), actor.organisationId());
        assertEquals(Set.of(Role.SUPPLIER, Role.ORGANISATION_ADMIN), actor.roles());
    }

    @Test
    void severalMembershipsAndNoChoiceAreRefusedListingTheChoices() {
        kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);
        kernel.member("bob", "bob@tvp.example.test", SUPPLIER, Role.SUPPLIER);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.empty()));

        assertEquals("organisation-choice-required", e.code());
        assertEquals(DomainException.Kind.INVALID_INPUT, e.kind());
        assertTrue(e.getMessage().contains(BUYER.value()) && e.getMessage().contains(SUPPLIER.value()));
    }

    @Test
    void aChosenOrganisationTheUserIsNotAMemberOfIsRefused() {
        kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.of(SUPPLIER)));

        assertEquals("not-a-member", e.code());
        assertEquals(DomainException.Kind.NOT_PERMITTED, e.kind());
    }

    @Test
    void aUserWithoutMembershipIsRefusedButRecorded() {
        DomainException e = assertThrows(DomainException.class,
                () -> kernel.signIn.actorFor(person("eve", "eve@example.test"), Optional.empty()));

        assertEquals("no-membership", e.code());
        assertEquals(DomainException.Kind.NOT_PERMITTED, e.kind());
        assertEquals(1, kernel.users.size());
    }

    @Test
    void theUserIdIsPseudonymousAndStableAcrossSignIns() {
        UserId bob = kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);

        String first = kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.empty()).userId();
        String second = kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.empty()).userId();

        assertEquals(bob.value(), first);
        assertEquals(first, second);
        assertTrue(first.matches("usr-[a-z2-7]{26}"));
        assertFalse(first.contains("bob"));
    }

    @Test
    void anUnchangedSignInReadsTwiceAndWritesNothing() {
        kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);
        int reads = kernel.users.reads() + kernel.memberships.reads();
        int writes = kernel.users.writes() + kernel.memberships.writes();

        kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.empty());

        assertEquals(2, kernel.users.reads() + kernel.memberships.reads() - reads);
        assertEquals(writes, kernel.users.writes() + kernel.memberships.writes());
    }

    @Test
    void aChangedNameIsKeptAndAMissingEmailDoesNotEraseTheStoredOne() {
        UserId bob = kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);

        kernel.signIn.actorFor(new Identity(ISSUER, "bob", Optional.empty(), false, Optional.of("Robert")), Optional.empty());

        User stored = kernel.users.find(bob).orElseThrow();
        assertEquals(Optional.of("Robert"), stored.name());
        assertEquals(Optional.of("bob@tvp.example.test"), stored.email());
    }

    @Test
    void theSameSubjectAtAnotherIssuerIsAnotherUser() {
        UserId bob = kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);

        Identity other = new Identity("https://other.example.test", "bob", Optional.empty(), false, Optional.empty());

        DomainException e = assertThrows(DomainException.class, () -> kernel.signIn.actorFor(other, Optional.empty()));
        assertEquals("no-membership", e.code());
        assertEquals(2, kernel.users.size());
        assertTrue(kernel.users.findBySubject(ISSUER, "bob").map(User::id).filter(bob::equals).isPresent());
    }

    @Test
    void anErasedUserIsRefused() {
        UserId bob = kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);
        kernel.erasure.erase(IdentityFixture.PLATFORM_ADMIN, bob);

        DomainException e = assertThrows(DomainException.class,
                () -> kernel.signIn.actorFor(person("bob", "bob@tvp.example.test"), Optional.empty()));

        assertEquals("user-erased", e.code());
    }

    @Test
    void aConfiguredVerifiedEmailBecomesAPlatformAdminJournaledAsSystem() {
        Actor actor = kernel.signIn.actorFor(person("root", "root@example.TEST"), Optional.empty());

        assertEquals(Optional.empty(), actor.organisationId());
        assertEquals(Set.of(Role.ADMIN), actor.roles());
        var entry = kernel.journal.about(actor.userId()).get(0);
        assertEquals("membership-grant", entry.action());
        assertEquals("system:platform-admin-bootstrap", entry.actor());
    }

    @Test
    void theBootstrapGrantIsMadeOnce() {
        kernel.signIn.actorFor(person("root", "root@example.test"), Optional.empty());
        int size = kernel.journal.size();

        kernel.signIn.actorFor(person("root", "root@example.test"), Optional.empty());

        assertEquals(size, kernel.journal.size());
        assertEquals(1, kernel.memberships.all().size());
    }

    @Test
    void anUnverifiedConfiguredEmailGetsNoAdminMembership() {
        Identity unverified = new Identity(ISSUER, "mallory", Optional.of("root@example.test"), false, Optional.empty());

        DomainException e = assertThrows(DomainException.class, () -> kernel.signIn.actorFor(unverified, Optional.empty()));

        assertEquals("no-membership", e.code());
    }

    @Test
    void aPlatformMembershipWinsWhenNoOrganisationIsChosen() {
        kernel.signIn.actorFor(person("root", "root@example.test"), Optional.empty());
        kernel.member("root", "root@example.test", BUYER, Role.BUYER);

        Actor platform = kernel.signIn.actorFor(person("root", "root@example.test"), Optional.empty());
        Actor buyer = kernel.signIn.actorFor(person("root", "root@example.test"), Optional.of(BUYER));

        assertEquals(Optional.empty(), platform.organisationId());
        assertEquals(Set.of(Role.BUYER), buyer.roles());
    }

    @Test
    void claimsFromATrustedIssuerAreTakenAsTheyAre() {
        Actor actor = kernel.signIn.actorFromClaims(person("carol", "carol@example.test"), Optional.of("GB-COH-09000001"),
                Set.of(Role.SUPPLIER));

        assertEquals(Optional.of("GB-COH-09000001"), actor.organisationId());
        assertEquals(Set.of(Role.SUPPLIER), actor.roles());
        assertTrue(actor.userId().startsWith("usr-"));
    }

    @Test
    void membershipsNameTheirOrganisations() {
        kernel.member("bob", "bob@tvp.example.test", BUYER, Role.BUYER);

        List<SignInService.MembershipSummary> held = kernel.signIn.membershipsOf(person("bob", "bob@tvp.example.test"));

        assertEquals(1, held.size());
        assertEquals(Optional.of("Thames Valley Police"), held.get(0).organisationName());
        assertEquals(MembershipKind.USER, held.get(0).kind());
    }

    @Test
    void aUserRecordedByAConcurrentFirstRequestIsTakenNotRecordedTwice() {
        User winner = User.firstSeen(person("nia", "nia@tvp.example.test"));
        kernel.users.addBehindTheNextRead(winner);

        SignInService.Profile profile = kernel.signIn.profileOf(person("nia", "nia@tvp.example.test"));

        assertEquals(winner.id(), profile.user());
        assertEquals(1, kernel.users.size());
    }
}
