package org.dualimpact.kernel.territory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.testing.InMemoryTerritoryRepository;
import org.dualimpact.kernel.testing.TestReferenceData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TerritoryServiceTest {

    private final InMemoryTerritoryRepository repository = new InMemoryTerritoryRepository();
    private final TerritoryService service = new TerritoryService(repository);

    @BeforeEach
    void load() {
        service.loadReferenceData(TestReferenceData.sample());
    }

    @Test
    void loadingTwiceWritesNothingTheSecondTime() {
        int writesAfterFirstLoad = repository.writes;

        int changed = service.loadReferenceData(TestReferenceData.sample());

        assertEquals(0, changed);
        assertEquals(writesAfterFirstLoad, repository.writes);
        assertEquals(8 + 3, writesAfterFirstLoad, "every territory and region of the sample, once");
    }

    @Test
    void aRenamedTerritoryIsReplaced() {
        repository.save(new Territory("E23000029", "Old name", "E12000008", TerritoryKind.POLICE_FORCE_AREA, "TVP"));

        int changed = service.loadReferenceData(TestReferenceData.sample());

        assertEquals(1, changed);
        assertEquals("Thames Valley", service.territory(new TerritoryCode("E23000029")).name());
    }

    @Test
    void findsTerritoryAndItsRegion() {
        Territory thamesValley = service.territory(new TerritoryCode("E23000029"));

        assertEquals("South East", service.region(new RegionCode(thamesValley.regionCode())).name());
        assertEquals(5, service.territoriesIn(new RegionCode("E12000008")).size());
    }

    @Test
    void unknownAndMalformedCodesAreNotFound() {
        DomainException unknown = assertThrows(DomainException.class, () -> service.territory(new TerritoryCode("E23000099")));
        DomainException malformed = assertThrows(DomainException.class, () -> TerritoryCode.fromRequest("x'; drop"));

        assertEquals(DomainException.Kind.NOT_FOUND, unknown.kind());
        assertEquals("territory-not-found", unknown.code());
        assertEquals(DomainException.Kind.NOT_FOUND, malformed.kind());
        assertThrows(DomainException.class, () -> service.territoriesIn(new RegionCode("E12000099")));
    }
}
