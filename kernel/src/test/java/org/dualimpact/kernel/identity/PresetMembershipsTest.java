package org.dualimpact.kernel.identity;

import static org.dualimpact.kernel.identity.IdentityFixture.BUYER;
import static org.dualimpact.kernel.identity.IdentityFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class PresetMembershipsTest {

    private static final Actor DEMO = Actor.system("demo-data");

    private final IdentityFixture fixture = new IdentityFixture();
    private final PresetMemberships presets = new PresetMemberships(fixture.users, fixture.memberships,
            fixture.organisations, fixture.journal, fixture.clock);

    @Test
    void aPresetMemberActsForItsOrganisationOnItsFirstSignIn() {
        presets.grantIfAbsent(DEMO, person("tess", "tess@buyer.example"), Optional.of(BUYER), Set.of(Role.BUYER));

        Actor actor = fixture.signIn.actorFor(person("tess", "tess@buyer.example"), Optional.empty());

        assertEquals(Optional.of(BUYER.value()), actor.organisationId());
        assertEquals(Set.of(Role.BUYER), actor.roles());
    }

    @Test
    void aPresetPlatformMembershipHasNoOrganisation() {
        presets.grantIfAbsent(DEMO, person("aude", "aude@auditor.example"), Optional.empty(), Set.of(Role.AUDITOR));

        Actor actor = fixture.signIn.actorFor(person("aude", "aude@auditor.example"), Optional.empty());

        assertEquals(Optional.empty(), actor.organisationId());
        assertEquals(Set.of(Role.AUDITOR), actor.roles());
    }

    @Test
    void aMembershipAlreadyHeldIsLeftAsItIs() {
        assertTrue(presets.grantIfAbsent(DEMO, person("tess", "tess@buyer.example"), Optional.of(BUYER), Set.of(Role.BUYER)));

        assertFalse(presets.grantIfAbsent(DEMO, person("tess", "tess@buyer.example"), Optional.of(BUYER),
                Set.of(Role.BUYER, Role.ORGANISATION_ADMIN)));
        assertEquals(Set.of(Role.BUYER),
                fixture.signIn.actorFor(person("tess", "tess@buyer.example"), Optional.empty()).roles());
    }

    @Test
    void theGrantIsJournaledAsDoneByTheSystem() {
        presets.grantIfAbsent(DEMO, person("tess", "tess@buyer.example"), Optional.of(BUYER), Set.of(Role.BUYER));

        assertTrue(fixture.journal.all().stream().anyMatch(e -> e.action().equals("membership-grant")
                && e.actor().equals(DEMO.userId())));
    }

    @Test
    void anUnknownOrganisationIsRefused() {
        assertThrows(DomainException.class, () -> presets.grantIfAbsent(DEMO, person("x", "x@example.test"),
                Optional.of(new OrganisationId("GB-COH-99999999")), Set.of(Role.SUPPLIER)));
    }
}
