package org.dualimpact.kernel.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class IdentityValuesTest {

    @Test
    void userIdsAreRandomAndWellFormed() {
        UserId one = UserId.random();

        assertTrue(one.value().matches("usr-[a-z2-7]{26}"));
        assertNotEquals(one, UserId.random());
    }

    @Test
    void aMalformedUserIdInARequestIsNotFound() {
        DomainException e = assertThrows(DomainException.class, () -> UserId.fromRequest("bob@example.test"));

        assertEquals("user-not-found", e.code());
    }

    @Test
    void emailAddressesIgnoreCase() {
        assertTrue(new EmailAddress(" Ann@Example.TEST ").matches("ann@example.test"));
    }

    @Test
    void aMalformedEmailAddressIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress("ann@localhost"));
    }

    @Test
    void anErasedUserKeepsNoPersonalData() {
        assertThrows(IllegalArgumentException.class, () -> new User(UserId.random(), "iss", "sub", Optional.of("Ann"),
                Optional.empty(), true));
    }

    @Test
    void theOrganisationAdminClaimIsDashed() {
        assertEquals("organisation-admin", Role.ORGANISATION_ADMIN.claim());
        assertEquals(Optional.of(Role.ORGANISATION_ADMIN), Role.fromClaim(Role.Names.ORGANISATION_ADMIN));
    }
}
