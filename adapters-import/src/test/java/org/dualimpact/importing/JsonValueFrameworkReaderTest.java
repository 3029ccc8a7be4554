package org.dualimpact.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.CriterionPlace;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.junit.jupiter.api.Test;

/** The shipped Social Value Model files read as the tree they describe; bad files refused with places and lines. */
class JsonValueFrameworkReaderTest {

    @Test
    void ppn0620IsFiveThemesEightOutcomesAndTwentyTwoCriteriaWithItsUnverifiedWordingProvisional() {
        ValueFrameworkDefinition model = JsonValueFrameworkReader.read(ShippedFiles.text("ppn-06-20.json"));
        assertEquals("ppn-06-20", model.key());
        assertEquals("Edition 1.1 (3 Dec 2020)", model.edition());
        assertEquals(5, model.themes().size());
        assertEquals(8, model.outcomeCount());
        assertEquals(22, model.criterionCount());
        assertEquals(10, model.minimumWeightingPercent());
        assertTrue(model.attribution().contains("Open Government Licence v3.0"));
        assertEquals(7, model.sources().size());
        CriterionPlace mac21 = model.criterion("MAC 2.1").orElseThrow();
        assertFalse(mac21.provisional(), "MAC 2.1 is quoted verbatim by CCS");
        assertEquals("Tackling economic inequality", mac21.theme().title());
        assertTrue(model.criterion("MAC 2.2").orElseThrow().provisional());
        // outcome 4 is unverified: its criteria are provisional whatever their own flag
        assertTrue(model.criterion("MAC 4.1").orElseThrow().provisional());
        assertFalse(model.criterion("MAC 5.1").orElseThrow().provisional());
        assertEquals("Employment", model.criterion("MAC 2.2").orElseThrow().criterion().shortLabel());
        assertTrue(model.notes().stream().anyMatch(n -> n.name().equals("counts") && n.text().contains("\"reportingMetrics\":52")));
        assertTrue(model.provisionalCount() > 0);
    }

    @Test
    void ppn002IsFiveMissionsAndAnOutcomeWithoutATitleIsKeptAsProvisional() {
        ValueFrameworkDefinition model = JsonValueFrameworkReader.read(ShippedFiles.text("ppn-002.json"));
        assertEquals(5, model.themes().size());
        assertEquals("mission-1", model.themes().get(0).id());
        assertEquals(8, model.outcomeCount());
        assertEquals(5, model.criterionCount());
        ValueFrameworkDefinition.PolicyOutcome five = model.outcome("5").orElseThrow();
        assertEquals("", five.title());
        assertTrue(model.outcomeProvisional(five));
        assertTrue(model.criterion("1e").orElseThrow().provisional());
        assertFalse(model.criterion("1a").orElseThrow().provisional());
        assertTrue(model.minimumWeightingRule().endsWith("(unverified)"));
        assertTrue(model.outcome("2").orElseThrow().note().contains("gcloud15MeasuresCount: 4"));
    }

    @Test
    void aFileWithTopLevelOutcomesGetsAnImplicitThemeAndFileLevelUnverifiedMakesEverythingProvisional() {
        ValueFrameworkDefinition model = JsonValueFrameworkReader.read(TestFiles.text("ppn-026.json"));
        assertEquals(1, model.themes().size());
        assertTrue(model.themes().get(0).implicit());
        assertEquals(2, model.outcomeCount());
        assertEquals(6, model.criterionCount());
        assertTrue(model.criteria().stream().allMatch(CriterionPlace::provisional));
    }

    @Test
    void everyProblemIsNamedWithItsPlaceAndLine() {
        String text = """
                {
                  "id": "Bad Key",
                  "title": "A framework",
                  "edition": "1",
                  "colour": "blue",
                  "themes": [
                    {"id": "1", "title": "Theme", "outcomes": [
                      {"id": "1", "criteria": [
                        {"id": "A", "title": "First"},
                        {"id": "A", "title": "Again", "weight": 3}
                      ]}
                    ]}
                  ]
                }
                """;
        DomainException e = assertThrows(DomainException.class, () -> JsonValueFrameworkReader.read(text));
        assertEquals("invalid-framework", e.code());
        List<FieldError> errors = e.fieldErrors();
        assertTrue(errors.contains(new FieldError("id", "line 1: a framework key is 1 to 40 of a-z 0-9 . _ - (e.g. ppn-06-20)")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(f -> f.field().equals("colour") && f.message().startsWith("line 1: unknown member")));
        assertTrue(errors.contains(new FieldError("themes[0].outcomes[0].title",
                "line 8: is required (only an element marked unverified may lack a title)")), errors.toString());
        assertTrue(errors.contains(new FieldError("themes[0].outcomes[0].criteria[1].id",
                "line 10: duplicated criterion id 'A' (already used at themes[0].outcomes[0].criteria[0])")), errors.toString());
        assertTrue(errors.stream().anyMatch(f -> f.field().equals("themes[0].outcomes[0].criteria[1].weight")
                && f.message().startsWith("line 10: unknown member")), errors.toString());
        assertEquals("malformed-json", assertThrows(DomainException.class, () -> JsonValueFrameworkReader.read("{\"id\": ")).code());
        assertEquals("invalid-framework", assertThrows(DomainException.class, () -> JsonValueFrameworkReader.read("[1]")).code());
    }

    @Test
    void aControlCharacterInAnyTextIsAFieldErrorWithItsLine() {
        String text = """
                {"id": "x", "title": "X", "edition": "1",
                 "themes": [{"id": "1", "title": "Theme", "outcomes": [
                   {"id": "1", "title": "Out\\u0007come"}]}]}
                """;
        DomainException e = assertThrows(DomainException.class, () -> JsonValueFrameworkReader.read(text));
        assertEquals("invalid-framework", e.code());
        assertEquals(List.of(new FieldError("themes[0].outcomes[0].title", "line 3: contains a control character (U+0007)")),
                e.fieldErrors());
    }
}
