package org.dualimpact.console.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dualimpact.documents.DocumentDownload;
import org.dualimpact.kernel.evidence.EvidenceDrafting;
import org.dualimpact.kernel.shared.FieldError;
import org.junit.jupiter.api.Test;

class EvidenceFormTest {

    private static EvidenceForm form(Map<String, String> fields, Map<String, List<String>> ticked) {
        return EvidenceForm.of(name -> fields.getOrDefault(name, ""), name -> ticked.getOrDefault(name, List.of()));
    }

    private static LocalDate date(String day, String month, String year, List<FieldError> errors) {
        return new EvidenceForm.DateInput(day, month, year).parse("periodFrom", "the period starts", errors);
    }

    @Test
    void aFilledFormBecomesTheKernelsRequest() {
        EvidenceForm form = form(Map.ofEntries(Map.entry("title", "Boxing for focus"), Map.entry("summary", "Attendance rose"),
                Map.entry("method", "Records of 48"), Map.entry("periodFrom-day", "1"), Map.entry("periodFrom-month", "4"),
                Map.entry("periodFrom-year", "2025"), Map.entry("periodTo-day", " 31 "), Map.entry("periodTo-month", "03"),
                Map.entry("periodTo-year", "2026"), Map.entry("outcomes", " youth-resilience, ,MAC 2.2 "),
                Map.entry("measures", "NT7,NT7, NT1"), Map.entry("version", "3")),
                Map.of("providers", List.of("GB-CHC-1190001", " GB-CHC-1190001"), "territories", List.of("E23000029")));
        List<FieldError> errors = new ArrayList<>();

        EvidenceDrafting.EvidenceRequest request = form.request(errors);

        assertEquals(List.of(), errors);
        assertEquals(LocalDate.of(2025, 4, 1), request.periodFrom());
        assertEquals(LocalDate.of(2026, 3, 31), request.periodTo());
        assertEquals(Set.of("GB-CHC-1190001"), request.providers());
        assertEquals(Set.of("E23000029"), request.territories());
        assertEquals(List.of("youth-resilience", "MAC 2.2"), List.copyOf(request.outcomes()));
        assertEquals(List.of("NT7", "NT1"), List.copyOf(request.measures()));
        assertEquals("3", form.version());
        assertTrue(form.ticksProvider("GB-CHC-1190001"));
    }

    @Test
    void emptyTextAndDatesAreMarkedInTheOrderOfTheForm() {
        List<FieldError> errors = new ArrayList<>();

        form(Map.of("title", " ", "periodTo-day", "31"), Map.of()).request(errors);

        assertEquals(List.of("title", "summary", "method", "periodFrom", "periodTo"),
                errors.stream().map(FieldError::field).toList());
        assertEquals("Enter the date the period starts", errors.get(3).message());
        assertEquals("The date the period ends must include a month and a year", errors.get(4).message());
    }

    @Test
    void aDateThatIsNotARealDayIsRefused() {
        for (String[] bad : new String[][] {{"31", "2", "2025"}, {"1", "13", "2025"}, {"x", "1", "2025"}, {"1", "1", "25"},
            {"1", "1", "20255"}, {"-1", "1", "2025"}}) {
            List<FieldError> errors = new ArrayList<>();
            assertNull(date(bad[0], bad[1], bad[2], errors), String.join(" ", bad));
            assertEquals("The date the period starts must be a real date, like 31 3 2025", errors.get(0).message());
        }
        List<FieldError> errors = new ArrayList<>();
        assertEquals(LocalDate.of(2024, 2, 29), date("29", "2", "2024", errors));
        assertEquals("The date the period starts must include a day", missing("", "2", "2024"));
    }

    private static String missing(String day, String month, String year) {
        List<FieldError> errors = new ArrayList<>();
        date(day, month, year, errors);
        return errors.get(0).message();
    }

    @Test
    void aFormOfTheEvidenceKeepsItsVersionAndANewerOneReplacesIt() {
        EvidenceForm form = form(Map.of("version", "2"), Map.of()).withVersion(5);
        assertEquals("5", form.version());
    }

    @Test
    void anUploadsNameLosesItsFolderAndItsTypeComesFromItsExtensionWhenTheBrowserSendsNone() {
        assertEquals("report.pdf", EvidenceServlet.fileName("C:\\Users\\hub\\report.pdf"));
        assertEquals("data.csv", EvidenceServlet.fileName("/tmp/data.csv"));
        assertEquals("application/pdf", EvidenceServlet.mediaType("report.pdf", "application/pdf"));
        assertEquals("text/csv", EvidenceServlet.mediaType("data.CSV", "application/vnd.ms-excel"));
        assertEquals("text/plain", EvidenceServlet.mediaType("notes.txt", "text/plain; charset=UTF-8"));
        assertEquals("image/jpeg", EvidenceServlet.mediaType("photo.jpeg", "application/octet-stream"));
        assertEquals("application/x-sh", EvidenceServlet.mediaType("run.sh", "application/x-sh"));
    }

    @Test
    void aDownloadIsNamedSafelyAndCarriesItsDigest() {
        assertEquals("attachment; filename=\"r_sum___2025_.pdf\"", DocumentDownload.contentDisposition("résumé \"2025\".pdf"));
        assertEquals("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:",
                DocumentDownload.reprDigest("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        assertEquals("1.5 KB", EvidenceCard.size(1536));
        assertEquals("42 bytes", EvidenceCard.size(42));
    }
}
