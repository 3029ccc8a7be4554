package org.dualimpact.kernel.identity;

import static org.dualimpact.kernel.identity.IdentityFixture.BUYER;
import static org.dualimpact.kernel.identity.IdentityFixture.PLATFORM_ADMIN;
import static org.dualimpact.kernel.identity.IdentityFixture.SUPPLIER;
import static org.dualimpact.kernel.identity.IdentityFixture.organisationAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class ServiceAccountsTest {

    private static final String IDP = "https://login.acme.example.test";

    private final IdentityFixture kernel = new IdentityFixture();
    private final UserId sam = kernel.member("sam", "sam@acme.example.test", SUPPLIER, Role.ORGANISATION_ADMIN, Role.SUPPLIER);
    private final Actor samAdmin = organisationAdmin(sam, SUPPLIER, Role.SUPPLIER);

    private Members.Member register(String subject, Role... roles) {
        return kernel.serviceAccounts.register(samAdmin, SUPPLIER, new ServiceAccounts.Registration(IDP, subject, "ERP export", Set.of(roles)));
    }

    @Test
    void aRegisteredClientActsForTheOrganisation() {
        register("client-42", Role.SUPPLIER);

        Actor actor = kernel.signIn.actorFor(new Identity(IDP, "client-42", Optional.empty(), false, Optional.empty()), Optional.empty());

        assertEquals(Optional.of(SUPPLIER.value()), actor.organisationId());
        assertEquals(Set.of(Role.SUPPLIER), actor.roles());
    }

    @Test
    void aServiceAccountNeverHoldsOrganisationAdmin() {
        DomainException e = assertThrows(DomainException.class, () -> register("client-42", Role.ORGANISATION_ADMIN));

        assertEquals("role-not-allowed", e.code());
    }

    @Test
    void aServiceAccountNeedsAName() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.serviceAccounts.register(samAdmin, SUPPLIER,
                new ServiceAccounts.Registration(IDP, "client-42", " ", Set.of(Role.SUPPLIER))));

        assertEquals("invalid-service-account", e.code());
    }

    @Test
    void theSameClientTwiceIsRefused() {
        register("client-42", Role.SUPPLIER);

        DomainException e = assertThrows(DomainException.class, () -> register("client-42", Role.SUPPLIER));

        assertEquals("already-a-member", e.code());
    }

    @Test
    void listingShowsOnlyServiceAccounts() {
        register("client-42", Role.SUPPLIER);

        var listed = kernel.serviceAccounts.of(samAdmin, SUPPLIER);

        assertEquals(1, listed.size());
        assertEquals("client-42", listed.get(0).subject());
        assertEquals(MembershipKind.SERVICE, listed.get(0).kind());
    }

    @Test
    void aRemovedServiceAccountIsRefusedOnItsNextRequest() {
        UserId client = register("client-42", Role.SUPPLIER).user();

        kernel.serviceAccounts.remove(samAdmin, SUPPLIER, client);

        DomainException e = assertThrows(DomainException.class, () -> kernel.signIn.actorFor(
                new Identity(IDP, "client-42", Optional.empty(), false, Optional.empty()), Optional.empty()));
        assertEquals("no-membership", e.code());
    }

    @Test
    void removingAPersonAsAServiceAccountIsNotFound() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.serviceAccounts.remove(samAdmin, SUPPLIER, sam));

        assertEquals("service-account-not-found", e.code());
    }

    @Test
    void anotherOrganisationsAdminMayNotRegister() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.serviceAccounts.register(samAdmin, BUYER,
                new ServiceAccounts.Registration(IDP, "client-7", "Sync", Set.of(Role.BUYER))));

        assertEquals("not-organisation-admin", e.code());
        assertTrue(kernel.serviceAccounts.of(PLATFORM_ADMIN, BUYER).isEmpty());
    }
}
