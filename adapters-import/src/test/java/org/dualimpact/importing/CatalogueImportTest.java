package org.dualimpact.importing;

import static org.dualimpact.kernel.testing.TestKernel.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.scoring.ScoringPolicy;
import org.dualimpact.kernel.testing.ScoringKernel;
import org.junit.jupiter.api.Test;

/**
 * Catalogue files read and imported through the kernel's service (all or nothing, errors with lines),
 * and the shipped illustrative catalogue.
 */
class CatalogueImportTest {

    private final ScoringKernel s = new ScoringKernel(ScoringPolicy.DEFAULT, ShippedFiles.valueFrameworks(),
            ShippedFiles.illustrativeCatalogue());

    static final String CSV = """
            # A buyer's catalogue, exported from a spreadsheet
            code,theme,outcome,title,unit,proxy_year,proxy_gbp,proxy_source,sdg_targets,criteria,deadweight,local_weight
            LOC-1,Jobs,"More local jobs, for local people",Local people employed,FTE,2025,"30000.50",ONS 2025,8.5;8.6,ppn-06-20:MAC 2.2,0.2,1.5
            LOC-1,,,,,2026,31000,ONS 2026,,,,
            LOC-2,Environment,Less carbon,"Tonnes of CO2e \"\"avoided\"\"",tCO2e,2021,245,BEIS 2021,13.2,ppn-06-20:MAC 4.1,,
            """;

    private static CsvCatalogueReader.Metadata header() {
        return new CsvCatalogueReader.Metadata("Thames Valley measures", "2026", false, null, List.of("own research"));
    }

    private Catalogue importCsv(Actor actor, String csv, boolean local) {
        return s.catalogues.importCatalogue(actor, CsvCatalogueReader.read(csv, header()), local);
    }

    private Catalogue importJson(Actor actor, String json) {
        return s.catalogues.importCatalogue(actor, JsonCatalogueReader.read(json), false);
    }

    @Test
    void aCsvCatalogueWithProxiesForSeveralYearsImports() {
        Catalogue catalogue = importCsv(ADMIN, CSV, false);
        assertEquals(2, catalogue.measures().size());
        Measure jobs = catalogue.measure("loc-1").orElseThrow();
        assertEquals("More local jobs, for local people", jobs.outcome());
        assertEquals(List.of(2025, 2026), jobs.proxies().stream().map(ProxyValue::year).toList());
        assertEquals(new BigDecimal("30000.5"), jobs.proxyFor(2025).orElseThrow().gbpPerUnit());
        assertEquals(2026, jobs.proxyFor(2030).orElseThrow().year(), "the latest year not after the date");
        assertEquals(2025, jobs.proxyFor(2010).orElseThrow().year(), "the earliest when every year is later");
        assertEquals(List.of("8.5", "8.6"), jobs.sdgTargets());
        assertTrue(jobs.linksTo("ppn-06-20", "MAC 2.2"));
        assertEquals(new BigDecimal("0.2"), jobs.adjustments().deadweight());
        assertEquals(new BigDecimal("1.5"), jobs.localWeight());
        assertEquals("Tonnes of CO2e \"avoided\"", catalogue.measure("LOC-2").orElseThrow().title());
        assertEquals("catalogue-exists", assertThrows(DomainException.class, () -> importCsv(ADMIN, CSV, false)).code());
    }

    @Test
    void aMalformedCsvIsRefusedWholeWithEveryProblemOnItsLine() {
        String bad = """
                code,title,unit,proxy_year,proxy_gbp,proxy_source,criteria,deadweight
                OK-1,Fine,hours,2025,12.21,NLW,,
                BAD-1,,hours,2025,ten,NLW,,1.5
                OK-1,Fine,hours,2025,13,NLW,,
                BAD 2!,Title,hours,,,,ppn-06-20:MAC 9.9,
                BAD-3,Title,kg,2025,1
                """;
        int before = s.catalogues.visible(ADMIN).size();
        DomainException e = assertThrows(DomainException.class, () -> importCsv(ADMIN, bad, false));
        assertEquals("invalid-catalogue", e.code());
        List<FieldError> errors = e.fieldErrors();
        assertTrue(errors.contains(new FieldError("lines[3].proxy_gbp", "line 3: not a number: ten")), errors.toString());
        assertTrue(errors.contains(new FieldError("lines[3].title", "line 3: title is required")), errors.toString());
        assertTrue(errors.contains(new FieldError("lines[3].deadweight",
                "line 3: deadweight is a fraction from 0 to 1 (0.2 is 20 %)")), errors.toString());
        assertTrue(errors.contains(new FieldError("lines[4].proxy_year", "line 4: measure OK-1 already has a proxy for 2025")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(f -> f.field().equals("lines[5].code")), errors.toString());
        assertTrue(errors.contains(new FieldError("lines[6]", "line 6: has 5 fields; the header has 8")), errors.toString());
        assertEquals(before, s.catalogues.visible(ADMIN).size(), "nothing imported");
    }

    @Test
    void aBadHeaderOrAnEmptyFileIsRefusedOnLineOne() {
        DomainException header = assertThrows(DomainException.class, () -> importCsv(ADMIN, "code,title,colour,title\nX,Y,red,Z\n", false));
        List<String> messages = header.fieldErrors().stream().map(FieldError::message).toList();
        assertTrue(messages.contains("line 1: unknown column 'colour' (known: " + String.join(", ", CsvCatalogueReader.COLUMNS)
                + ")"), messages.toString());
        assertTrue(messages.contains("line 1: column 'title' appears twice"), messages.toString());
        assertTrue(messages.contains("line 1: the column 'unit' is required"), messages.toString());
        assertEquals("invalid-catalogue", assertThrows(DomainException.class, () -> importCsv(ADMIN, "", false)).code());
        DomainException unclosed = assertThrows(DomainException.class, () -> importCsv(ADMIN, "code,title,unit\nX,\"open,h\n", false));
        assertEquals(List.of(new FieldError("lines[2]", "line 2: a quoted field is not closed")), unclosed.fieldErrors());
    }

    @Test
    void aCrosswalkToAnUnknownCriterionIsRefusedWithItsLine() {
        String csv = "code,title,unit,criteria\nX-1,Something,hours,ppn-06-20:MAC 9.9\nX-2,Else,hours,ppn-999:1a\n";
        DomainException e = assertThrows(DomainException.class, () -> importCsv(ADMIN, csv, false));
        assertEquals(List.of("lines[2].criteria", "lines[3].criteria"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertTrue(e.fieldErrors().get(0).message().startsWith("line 2: measure X-1 links to criterion 'MAC 9.9'"));
    }

    @Test
    void aJsonCatalogueNamesEachBadMeasureByPathAndLine() {
        String json = """
                {"name": "JSON catalogue", "edition": "1",
                 "measures": [
                   {"code": "J-1", "title": "Good", "unit": "hours",
                    "proxies": [{"year": 2025, "gbpPerUnit": 12.21, "source": "NLW"}]},
                   {"code": "J-2", "title": "Bad", "unit": "hours",
                    "proxies": [{"year": 2025, "gbpPerUnit": -1, "source": "x"}], "dropOff": 2, "colour": "red"}
                 ]}
                """;
        DomainException e = assertThrows(DomainException.class, () -> importJson(ADMIN, json));
        List<FieldError> errors = e.fieldErrors();
        assertTrue(errors.contains(new FieldError("measures[1].proxies[0].gbpPerUnit",
                "line 6: a proxy value lies between 0 and 1,000,000,000 GBP per unit")), errors.toString());
        assertTrue(errors.contains(new FieldError("measures[1].dropOff", "line 5: dropOff is a fraction from 0 to 1 (0.2 is 20 %)")),
                errors.toString());
        assertTrue(errors.stream().anyMatch(f -> f.field().equals("measures[1].colour") && f.message().startsWith("line 5:")));
        Catalogue ok = importJson(ADMIN, json.replace("-1", "1").replace("\"dropOff\": 2, \"colour\": \"red\"",
                "\"dropOff\": 0.1"));
        assertEquals(2, ok.measures().size());
    }

    @Test
    void theIllustrativeCatalogueIsLabelledAndNamesASourceForEveryProxy() {
        Catalogue catalogue = s.illustrative;
        assertTrue(catalogue.illustrative());
        assertTrue(catalogue.attribution().startsWith("ILLUSTRATIVE ONLY"));
        assertTrue(catalogue.measures().stream().flatMap(m -> m.proxies().stream()).allMatch(p -> !p.source().isBlank()));
        assertEquals(new BigDecimal("11.44"), catalogue.measure("DI-ILL-VOL").orElseThrow().proxyFor(2024).orElseThrow()
                .gbpPerUnit());
        assertTrue(catalogue.measures().stream().noneMatch(m -> m.code().startsWith("NT")), "no National TOMs codes");
    }

    @Test
    void aRowAfterBlankLinesIsNamedByItsOwnLine() {
        DomainException e = assertThrows(DomainException.class, () -> importCsv(ADMIN,
                "code,title,unit\nX-1,Fine,hours\n\n\r\nX-2,,hours\n", false));
        assertEquals(List.of(new FieldError("lines[5].title", "line 5: title is required")), e.fieldErrors());
    }

    @Test
    void aControlCharacterInACsvFieldIsRefusedOnItsLine() {
        DomainException e = assertThrows(DomainException.class, () -> importCsv(ADMIN,
                "code,title,unit\nX-1,Bell\u0007,hours\n", false));
        assertEquals(List.of(new FieldError("lines[2].title", "line 2: title contains a control character (U+0007)")),
                e.fieldErrors());
    }
}
