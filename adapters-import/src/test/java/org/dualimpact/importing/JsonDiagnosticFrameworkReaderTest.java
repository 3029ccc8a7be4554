package org.dualimpact.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;

import org.dualimpact.kernel.diagnostic.FrameworkDefinition;
import org.dualimpact.kernel.diagnostic.Level;
import org.dualimpact.kernel.diagnostic.ValueCode;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.junit.jupiter.api.Test;

/** Diagnostic framework files read into definitions; every problem named by its exact place. */
class JsonDiagnosticFrameworkReaderTest {

    static final String NPS_2018 = "nps-2018-diagnostic.json";

    private static FrameworkDefinition read(String text) {
        return JsonDiagnosticFrameworkReader.read(text);
    }

    /** The 2018 framework with a change applied (JSON Patch, RFC 6902), written back as text. */
    private static String nps2018(JsonPatchBuilder patch) {
        JsonObject tree = Json.createReader(new StringReader(TestFiles.text(NPS_2018))).readObject();
        return patch.build().apply(tree).toString();
    }


    @Test
    void the2018FrameworkHasElevenSectionsAnd59ValueCodes() {
        FrameworkDefinition framework = read(TestFiles.text(NPS_2018));

        assertEquals("LGA National Procurement Strategy 2018 diagnostic", framework.name());
        assertEquals("1", framework.version(), "a file without a version is version 1");
        assertEquals(11, framework.sections().size());
        assertEquals(59, framework.valueCodeCount());
        assertEquals(59, framework.valueCodes().stream().map(ValueCode::code).distinct().count());
        assertEquals(List.of(3, 4, 3, 3, 6, 6, 5, 10, 7, 8, 4),
                framework.sections().stream().map(s -> s.valueCodes().size()).toList());
        assertEquals(List.of("1 Minimum", "2 Developing", "3 Mature", "4 Leader", "5 Innovator"),
                framework.levels().stream().map(Level::label).toList());
        assertTrue(framework.valueCodes().stream().allMatch(v -> v.descriptors().size() == 5));
        // codes are derived from the position when the file gives none
        ValueCode first = framework.valueCodes().get(0);
        assertEquals("1.1", first.code());
        assertEquals("Proc. and commercial champions", first.name());
        assertTrue(first.descriptor(3).startsWith("Procurement and commercial are within the portfolio"));
        assertEquals("11.4", framework.valueCodes().get(58).code());
        assertEquals("Engaging VCSEs (voluntary, community and social enterprises)", framework.sections().get(9).name());
        assertTrue(framework.sections().get(0).whatItIs().startsWith("Councillors set the council vision"));
    }

    @Test
    void theShippedDefaultFrameworkIsValid() {
        FrameworkDefinition framework = ShippedFiles.diagnosticFramework();

        assertEquals("Dual Impact social value maturity", framework.name());
        assertEquals("2026.1", framework.version());
        assertEquals(5, framework.sections().size());
        assertEquals(15, framework.valueCodeCount());
        assertEquals("LG1", framework.valueCodes().get(0).code());
    }

    @Test
    void aDuplicatedCodeIsRefusedNamingThePlace() {
        String file = """
                {"framework": "Dup", "sections": [{"name": "S", "valueCodes": [%s, %s, %s, %s, %s]}]}
                """.formatted(TestFiles.code("EC0"), TestFiles.code("EC1"), TestFiles.code("EC2"), TestFiles.code("EC3"),
                TestFiles.code("ec1").replace("Question ec1", "Another question"));

        DomainException e = assertThrows(DomainException.class, () -> read(file));

        assertEquals(DomainException.Kind.INVALID_INPUT, e.kind());
        assertEquals("invalid-framework", e.code());
        assertEquals(List.of(new FieldError("sections[0].valueCodes[4].code",
                "duplicated code ec1 (already used at sections[0].valueCodes[1])")), e.fieldErrors());
    }

    @Test
    void aMissingLevelIsRefusedNamingThePlace() {
        String file = nps2018(Json.createPatchBuilder().remove("/sections/3/valueCodes/2/levels/3")); // level 4

        DomainException e = assertThrows(DomainException.class, () -> read(file));

        assertEquals("invalid-framework", e.code());
        assertEquals(List.of(new FieldError("sections[3].valueCodes[2].levels", "missing level 4")), e.fieldErrors());
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPlace() {
        String file = nps2018(Json.createPatchBuilder()
                .add("/sections/7/valueCodes/9/levels/-", Json.createObjectBuilder().add("level", 6).add("descriptor", "beyond")
                        .build())
                .add("/sections/0/valueCodes/0/colour", "red")
                .replace("/sections/2/name", "Engaging Councillors")
                .remove("/sections/5/valueCodes/1/name")
                .replace("/sections/1/valueCodes/0/levels/1/level", 1));

        DomainException e = assertThrows(DomainException.class, () -> read(file));

        Map<String, String> errors = e.fieldErrors().stream().collect(Collectors.toMap(FieldError::field,
                FieldError::message, (a, b) -> a + " | " + b));
        assertEquals("level 6 is not one of the framework's levels 1 to 5", errors.get("sections[7].valueCodes[9].levels[5].level"));
        assertTrue(errors.get("sections[0].valueCodes[0].colour").startsWith("unknown member"));
        assertEquals("duplicated section name 'Engaging Councillors' (already used at sections[0])", errors.get("sections[2].name"));
        assertEquals("is required", errors.get("sections[5].valueCodes[1].name"));
        assertEquals("level 1 is described twice", errors.get("sections[1].valueCodes[0].levels[1].level"));
        assertEquals("missing level 2", errors.get("sections[1].valueCodes[0].levels"));
        assertEquals(6, e.fieldErrors().size(), e.fieldErrors()::toString);
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        DomainException e = assertThrows(DomainException.class,
                () -> read("{\"framework\": \"X\",\n  \"sections\": [}"));

        assertEquals("malformed-json", e.code());
        assertEquals("body", e.fieldErrors().get(0).field());
        assertTrue(e.fieldErrors().get(0).message().startsWith("line 2, column 16:"), e.fieldErrors()::toString);
    }

    @Test
    void aFileMayNameItsOwnLevels() {
        String file = """
                {"framework": "Three steps", "version": 2, "levels": [{"level": 1, "name": "Starting"},
                 {"level": 2, "name": "Doing"}, {"level": 3, "name": "Leading"}],
                 "sections": [{"name": "Only", "valueCodes": [{"name": "Q", "levels": [
                   {"level": 3, "descriptor": "c"}, {"level": 1, "descriptor": "a"}, {"level": 2, "descriptor": "b"}]}]}]}
                """;

        FrameworkDefinition framework = read(file);

        assertEquals("2", framework.version());
        assertEquals(3, framework.topLevel());
        assertEquals("Leading", framework.level(3).name());
        assertEquals(List.of("a", "b", "c"), framework.valueCodes().get(0).descriptors());
        assertEquals("1.1", framework.valueCodes().get(0).code());
    }

    @Test
    void levelsMustBeNumberedInOrder() {
        String file = """
                {"framework": "Bad levels", "levels": [{"level": 1, "name": "A"}, {"level": 3, "name": "C"}],
                 "sections": [{"name": "Only", "valueCodes": [{"name": "Q", "levels": [
                   {"level": 1, "descriptor": "a"}, {"level": 2, "descriptor": "b"}]}]}]}
                """;

        DomainException e = assertThrows(DomainException.class, () -> read(file));

        assertEquals(List.of(new FieldError("levels[1].level", "expected level 2: levels are numbered 1, 2, 3 … in order")),
                e.fieldErrors());
    }

    @Test
    void theStrictReaderRefusesRepeatedMembersAndTrailingText() {
        assertEquals("malformed-json", assertThrows(DomainException.class,
                () -> read("{\"framework\": \"A\", \"framework\": \"B\"}")).code());
        assertEquals("malformed-json", assertThrows(DomainException.class,
                () -> read(TestFiles.small("A", "1") + " x")).code());
        assertEquals("invalid-framework", assertThrows(DomainException.class, () -> read("[]")).code());
    }

    @Test
    void aControlCharacterInANestedNameIsAFieldErrorAtItsPlace() {
        String file = TestFiles.small("A", "1").replace("Question A2", "Question\\u0000A2");

        DomainException e = assertThrows(DomainException.class, () -> read(file));

        assertEquals("invalid-framework", e.code());
        assertEquals(List.of(new FieldError("sections[0].valueCodes[1].name", "contains a control character (U+0000)")),
                e.fieldErrors());
    }
}
