package org.dualimpact.kernel.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.testing.InMemoryOrganisationRepository;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private final InMemoryOrganisationRepository organisations = new InMemoryOrganisationRepository();

    MembershipTest() {
        organisations.add(new Organisation(new OrganisationId("GB-COH-09000001"), OrganisationKind.SUPPLIER, "Supplier",
                Set.of("E23000029")));
    }

    private static Actor supplier(String org) {
        return new Actor("sam", Optional.ofNullable(org), Set.of(Role.SUPPLIER));
    }

    private String refusal(String org, OrganisationKind kind) {
        DomainException e = assertThrows(DomainException.class, () -> Membership.of(supplier(org), organisations, kind, null));
        assertEquals(DomainException.Kind.NOT_PERMITTED, e.kind());
        return e.code();
    }

    @Test
    void everyKindOfBadClaimIsARefusalNeverAnError() {
        assertEquals("organisation-required", refusal(null, OrganisationKind.SUPPLIER));
        assertEquals("unknown-organisation", refusal("not an organisation id", OrganisationKind.SUPPLIER));
        assertEquals("unknown-organisation", refusal("GB-COH-09000002", OrganisationKind.SUPPLIER));
        assertEquals("wrong-organisation-kind", refusal("GB-COH-09000001", OrganisationKind.BUYER));
        assertEquals("Supplier", Membership.of(supplier("GB-COH-09000001"), organisations, OrganisationKind.SUPPLIER, null)
                .name());
    }
}
