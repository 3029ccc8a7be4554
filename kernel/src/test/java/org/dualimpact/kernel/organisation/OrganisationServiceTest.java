package org.dualimpact.kernel.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dualimpact.kernel.organisation.OrganisationService.Registration;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.territory.TerritoryService;
import org.dualimpact.kernel.testing.InMemoryOrganisationRepository;
import org.dualimpact.kernel.testing.InMemoryTerritoryRepository;
import org.dualimpact.kernel.testing.TestReferenceData;
import org.junit.jupiter.api.Test;

class OrganisationServiceTest {

    private final InMemoryTerritoryRepository territories = new InMemoryTerritoryRepository();
    private final InMemoryOrganisationRepository repository = new InMemoryOrganisationRepository();
    private final OrganisationService service = new OrganisationService(repository, territories);
    private final Actor admin = new Actor("ada", Optional.empty(), Set.of(Role.ADMIN));
    private final Actor supplier = new Actor("sam", Optional.of("GB-COH-09000001"), Set.of(Role.SUPPLIER));

    OrganisationServiceTest() {
        new TerritoryService(territories).loadReferenceData(TestReferenceData.sample());
    }

    private static Registration charity(String id) {
        return new Registration(id, OrganisationKind.PROVIDER, "Reading Community Larder", Set.of("E23000029"));
    }

    @Test
    void anAdminRegistersAnOrganisation() {
        Organisation registered = service.register(admin, charity("GB-CHC-1190002"));

        assertEquals(registered, service.get(new OrganisationId("GB-CHC-1190002")));
        assertTrue(registered.serves("E23000029"));
    }

    @Test
    void onlyAnAdminMayRegister() {
        DomainException e = assertThrows(DomainException.class, () -> service.register(supplier, charity("GB-CHC-1190002")));

        assertEquals(DomainException.Kind.NOT_PERMITTED, e.kind());
        assertTrue(repository.all().isEmpty());
    }

    @Test
    void aSecondRegistrationOfTheSameIdentifierConflicts() {
        service.register(admin, charity("GB-CHC-1190002"));

        DomainException e = assertThrows(DomainException.class, () -> service.register(admin, charity("GB-CHC-1190002")));

        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertFalse(service.registerIfAbsent(admin, charity("GB-CHC-1190002")));
        assertEquals(1, repository.all().size());
    }

    @Test
    void everyBadFieldIsNamed() {
        Registration bad = new Registration("GB-CHC-12AB", null, " ", Set.of("E23000029", "E99999999"));

        DomainException e = assertThrows(DomainException.class, () -> service.register(admin, bad));

        assertEquals(DomainException.Kind.INVALID_INPUT, e.kind());
        assertEquals(Set.of("id", "kind", "name", "territories"),
                e.fieldErrors().stream().map(FieldError::field).collect(Collectors.toSet()));
        assertTrue(repository.all().isEmpty());
    }

    @Test
    void anUnknownOrMalformedIdentifierIsNotFound() {
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> service.get(new OrganisationId("GB-CHC-1190009"))).kind());
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> OrganisationId.fromRequest("nonsense")).kind());
    }
}
