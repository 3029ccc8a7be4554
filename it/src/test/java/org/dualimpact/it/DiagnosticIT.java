package org.dualimpact.it;

import static org.dualimpact.it.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The procurement maturity diagnostic over HTTP on Liberty: an admin imports the real 2018 LGA
 * framework (59 value codes), two buyer users of Thames Valley Police answer every value code,
 * submit, and read the report as JSON and as PDF; the counts are checked against numbers computed by
 * hand from the answering scheme below. Each run imports the file under a version label of its own,
 * so runs on a kept database do not collide.
 *
 * <p>The scheme: Tess answers the value code at position i (0 … 57, framework order) with level
 * {@code i mod 5 + 1} and the last one (11.4) unscored; Tom also answers 2.2 (where Tess said 5) with
 * level 2. By the weakest-level rule 2.2 is at level 2, so the counts per level are 12, 13, 12, 11,
 * 10, and 1 unscored.
 */
@ExtendWith(ArquillianExtension.class)
class DiagnosticIT {

    static final String TESS = Api.token("tess.buyer", Story.BUYER_ORG, "buyer");
    static final String TOM = Api.token("tom.buyer", Story.BUYER_ORG, "buyer");
    static final String OTHER_ORG = Story.OTHER_BUYER_ORG;
    static final String OTHER_BUYER = Api.token("mo.met", OTHER_ORG, "buyer");

    /** Value codes per section of the 2018 framework. */
    static final int[] SECTION_SIZES = {3, 4, 3, 3, 6, 6, 5, 10, 7, 8, 4};
    static final String[] SECTION_NAMES = {"Engaging Councillors", "Engaging senior managers", "Working with partners",
        "Engaging strategic suppliers", "Creating commercial opportunities", "Contract and relationship management",
        "Managing strategic risk", "Obtaining social value", "Local SME and micro-business engagement",
        "Engaging VCSEs (voluntary, community and social enterprises)", "Enablers"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void importAnswerSubmitAndReport() throws Exception {
        String version = "it-" + Story.unique();
        JsonObject framework = created(Api.post("/api/v1/diagnostic/frameworks", Story.ADMIN, "application/json",
                nps2018(version)));
        String frameworkId = framework.getString("id");
        assertEquals(11, framework.getJsonArray("sections").size());
        assertEquals(11, framework.getInt("sectionCount"));
        assertEquals(59, framework.getInt("valueCodeCount"));
        assertEquals("LGA National Procurement Strategy 2018 diagnostic", framework.getString("name"));
        // the same name and version again: 409; any signed-in user reads it
        assertProblem(Api.post("/api/v1/diagnostic/frameworks", Story.ADMIN, "application/json", nps2018(version)), 409,
                "framework-exists");
        assertEquals(59, ok(Api.get("/api/v1/diagnostic/frameworks/" + frameworkId, Story.SUPPLIER_A)).getInt("valueCodeCount"));
        List<String> codes = codes(framework);
        assertEquals(59, codes.size());
        assertEquals("1.1", codes.get(0));
        assertEquals("11.4", codes.get(58));

        // a buyer user starts an assessment; a supplier may not
        assertProblem(Story.post("/api/v1/assessments", Story.SUPPLIER_A, "{\"framework\": \"" + frameworkId + "\"}"), 403,
                "forbidden");
        HttpResponse<String> start = Story.post("/api/v1/assessments", TESS,
                "{\"framework\": \"" + frameworkId + "\", \"title\": \"Diagnostic " + version + "\"}");
        JsonObject assessment = created(start).getJsonObject("assessment");
        String id = assessment.getString("id");
        String path = "/api/v1/assessments/" + id;
        assertEquals("DRAFT", assessment.getString("status"));
        String etag = start.headers().firstValue("ETag").orElseThrow();

        // optimistic locking: no If-Match → 428, a stale one → 412
        assertProblem(Story.put(path + "/answers/1.1", TESS, null, "{\"level\": 1}"), 428, "if-match-required");
        assertProblem(Story.put(path + "/answers/1.1", TESS, "\"999\"", "{\"level\": 1}"), 412, "stale-version");
        assertProblem(Story.put(path + "/answers/99.9", TESS, etag, "{\"level\": 1}"), 404, "value-code-not-found");
        assertProblem(Story.put(path + "/answers/1.1", TESS, etag, "{\"level\": 6}"), 400, "invalid-answer");
        // strictly typed: no silent truncation of 3.5, no "yes" read as false (which would withdraw the answer)
        assertProblem(Story.put(path + "/answers/1.1", TESS, etag, "{\"level\": 3.5}"), 400, "invalid-answer");
        assertProblem(Story.put(path + "/answers/1.1", TESS, etag, "{\"level\": \"3\"}"), 400, "invalid-answer");
        assertProblem(Story.put(path + "/answers/1.1", TESS, etag, "{\"unscored\": \"yes\"}"), 400, "invalid-answer");

        // Tess answers every value code, saving each as she goes
        for (int i = 0; i < codes.size(); i++) {
            String body = i == 58 ? "{\"unscored\": true, \"comment\": \"Not assessed this year\"}"
                    : "{\"level\": " + (i % 5 + 1) + (i % 10 == 0 ? ", \"comment\": \"Evidence on file " + i + "\"" : "") + "}";
            HttpResponse<String> saved = Story.put(path + "/answers/" + codes.get(i), TESS, etag, body);
            assertEquals(200, saved.statusCode(), saved::body);
            etag = saved.headers().firstValue("ETag").orElseThrow();
        }
        // Tom, a second respondent, disagrees on 2.2 (Tess: 5)
        HttpResponse<String> toms = Story.put(path + "/answers/2.2", TOM, etag,
                "{\"level\": 2, \"comment\": \"Only in some departments\"}");
        JsonObject afterTom = ok(toms);
        etag = toms.headers().firstValue("ETag").orElseThrow();
        JsonObject progress = afterTom.getJsonObject("assessment").getJsonObject("progress");
        assertEquals(59, progress.getInt("answered"));
        assertEquals(59, progress.getInt("total"));
        JsonObject answer22 = answer(afterTom.getJsonArray("answers"), "2.2");
        assertEquals(2, answer22.getInt("level"), "weakest of 5 and 2");
        assertTrue(answer22.getBoolean("differs"));
        assertEquals(2, answer22.getJsonArray("responses").size());

        // submit; the answers are frozen
        JsonObject submitted = ok(Api.send(Api.request(path + "/submission", TESS).POST(HttpRequest.BodyPublishers.noBody())
                .header("If-Match", etag)));
        assertEquals("SUBMITTED", submitted.getJsonObject("assessment").getString("status"));
        String submittedTag = "\"" + submitted.getJsonObject("assessment").getJsonNumber("version").longValue() + "\"";
        assertProblem(Story.put(path + "/answers/1.1", TESS, submittedTag, "{\"level\": 5}"), 409, "assessment-submitted");

        // another organisation sees nothing
        Story.otherBuyerRegistered();
        assertProblem(Api.get(path, OTHER_BUYER), 404, "assessment-not-found");
        assertProblem(Api.get(path + "/report", OTHER_BUYER), 404, "assessment-not-found");
        assertProblem(Story.put(path + "/answers/1.1", OTHER_BUYER, submittedTag, "{\"level\": 5}"), 404,
                "assessment-not-found");
        assertFalse(Api.array(Api.get("/api/v1/assessments", OTHER_BUYER)).stream()
                .anyMatch(a -> a.asJsonObject().getString("id").equals(id)));
        assertTrue(Api.array(Api.get("/api/v1/assessments", TOM)).stream()
                .anyMatch(a -> a.asJsonObject().getString("id").equals(id)));

        // the report as JSON, against the hand-computed counts
        JsonObject report = ok(Api.get(path + "/report", TESS, "application/json"));
        JsonObject overall = report.getJsonObject("overall");
        assertEquals(List.of(12, 13, 12, 11, 10), counts(overall));
        assertEquals(1, overall.getJsonObject("unscored").getInt("count"));
        assertEquals(List.of("11.4"), strings(overall.getJsonObject("unscored").getJsonArray("valueCodes")));
        assertEquals(0, overall.getJsonObject("notAnswered").getInt("count"));
        assertEquals(59, overall.getInt("total"));
        assertEquals(List.of("1.1", "2.3", "4.1", "5.3", "6.2", "7.1", "8.1", "8.6", "9.1", "9.6", "10.4", "11.1"),
                strings(overall.getJsonArray("levels").getJsonObject(0).getJsonArray("valueCodes")));
        assertTrue(strings(overall.getJsonArray("levels").getJsonObject(1).getJsonArray("valueCodes")).contains("2.2"));
        assertEquals(59, report.getJsonObject("progress").getInt("answered"));
        assertEquals(100, report.getJsonObject("progress").getInt("percent"));
        JsonArray sections = report.getJsonArray("sections");
        assertEquals(11, sections.size());
        // section 1: 1.1–1.3 at 1, 2, 3 → weakest 1, median 2
        assertSection(sections.getJsonObject(0), List.of(1, 1, 1, 0, 0), 0, 1, "2");
        // section 2: Tess 4, 5, 1, 2 with Tom's 2 on 2.2 → 4, 2, 1, 2 → weakest 1, median 2
        assertSection(sections.getJsonObject(1), List.of(1, 2, 0, 1, 0), 0, 1, "2");
        // section 3: 3, 4, 5 → weakest 3, median 4
        assertSection(sections.getJsonObject(2), List.of(0, 0, 1, 1, 1), 0, 3, "4");
        // section 5: 4, 5, 1, 2, 3, 4 → median 3.5
        assertSection(sections.getJsonObject(4), List.of(1, 1, 1, 2, 1), 0, 1, "3.5");
        // section 11: 1, 2, 3 and 11.4 unscored → median 2
        assertSection(sections.getJsonObject(10), List.of(1, 1, 1, 0, 0), 1, 1, "2");
        assertEquals(List.of("2.2"), strings(report.getJsonArray("respondentsDiffer")));
        assertTrue(report.getJsonObject("caseStudy").getBoolean("potential"));
        assertEquals(10, report.getJsonObject("caseStudy").getJsonArray("valueCodes").size());
        JsonObject code11 = answer(report.getJsonArray("valueCodes"), "1.1");
        assertEquals("Evidence on file 0", code11.getJsonArray("responses").getJsonObject(0).getString("comment"));

        // the report as PDF: section names and counts as text
        String text = pdfText(path + "/report", TESS);
        for (int s = 0; s < SECTION_NAMES.length; s++) {
            assertTrue(phrase((s + 1) + ". " + SECTION_NAMES[s]).matcher(text).find(), "section " + (s + 1) + "\n" + text);
        }
        assertTrue(phrase("Overall: 1 Minimum 12 | 2 Developing 13 | 3 Mature 12 | 4 Leader 11 | 5 Innovator 10 | "
                + "Unscored 1 | Not answered 0").matcher(text).find(), text);
        assertTrue(phrase("1. Engaging Councillors Counts: 1 Minimum 1 | 2 Developing 1 | 3 Mature 1 | 4 Leader 0 | "
                + "5 Innovator 0 | Unscored 0 | Not answered 0 Weakest level: 1 Minimum. Median: 2.").matcher(text).find(), text);
        assertTrue(phrase("2. Engaging senior managers Counts: 1 Minimum 1 | 2 Developing 2 | 3 Mature 0 | 4 Leader 1 | "
                + "5 Innovator 0 | Unscored 0 | Not answered 0").matcher(text).find(), text);
        assertTrue(phrase("11. Enablers Counts: 1 Minimum 1 | 2 Developing 1 | 3 Mature 1 | 4 Leader 0 | "
                + "5 Innovator 0 | Unscored 1 | Not answered 0").matcher(text).find(), text);
        assertTrue(phrase("Only in some departments").matcher(text).find(), "comments appear\n" + text);
        assertFalse(text.contains("(draft)"), "a submitted assessment's report is not a draft");

        // a new assessment starts as a copy; targets show their gap
        HttpResponse<String> copied = Story.post("/api/v1/assessments", TOM, "{\"copyOf\": \"" + id + "\"}");
        JsonObject copy = created(copied).getJsonObject("assessment");
        assertEquals("DRAFT", copy.getString("status"));
        assertEquals(id, copy.getString("copiedFrom"));
        assertEquals(59, copy.getJsonObject("progress").getInt("answered"));
        String copyPath = "/api/v1/assessments/" + copy.getString("id");
        HttpResponse<String> target = Story.put(copyPath + "/targets/1.1", TOM, copied.headers().firstValue("ETag")
                .orElseThrow(), "{\"level\": 3, \"date\": \"" + Story.today().plusYears(1) + "\"}");
        assertEquals(200, target.statusCode(), target::body);
        JsonObject gap = ok(Api.get(copyPath + "/report", TOM)).getJsonArray("targets").getJsonObject(0);
        assertEquals("1.1", gap.getString("code"));
        assertEquals(2, gap.getInt("gap"));
        assertFalse(gap.getBoolean("met"));
        String draftText = pdfText(copyPath + "/report", TOM);
        assertTrue(draftText.contains("Summary (draft)"), draftText);

        // benchmarks: no other organisation has submitted this version, so the comparison is withheld
        JsonObject benchmark = ok(Api.get("/api/v1/diagnostic/benchmarks?framework=" + frameworkId + "&territory="
                + Story.TERRITORY, TESS));
        assertTrue(benchmark.getBoolean("suppressed"));
        assertEquals(5, benchmark.getInt("minimumGroupSize"));
        assertFalse(benchmark.containsKey("peers"));
        assertEquals(0, benchmark.getJsonArray("valueCodes").size());
        assertEquals(id, benchmark.getString("ownAssessment"));
        assertProblem(Api.get("/api/v1/diagnostic/benchmarks?framework=" + frameworkId + "&territory=E23000029&region=E12000008",
                TESS), 400, "invalid-benchmark");
    }

    @Test
    void aFrameworkWithAMissingLevelOrADuplicatedCodeIsRefusedNamingThePlace() throws IOException {
        JsonObject file = (JsonObject) Api.json(nps2018("it-" + Story.unique()));
        String missing = Json.createPatchBuilder().remove("/sections/3/valueCodes/2/levels/3").build().apply(file).toString();

        JsonObject problem = assertProblem(Api.post("/api/v1/diagnostic/frameworks", Story.ADMIN, "application/json",
                missing), 400, "invalid-framework");
        JsonArray errors = problem.getJsonArray("errors");
        assertEquals(1, errors.size(), problem::toString);
        assertEquals("sections[3].valueCodes[2].levels", errors.getJsonObject(0).getString("field"));
        assertEquals("missing level 4", errors.getJsonObject(0).getString("message"));

        String duplicated = Json.createPatchBuilder().add("/sections/0/valueCodes/0/code", "EC1")
                .add("/sections/0/valueCodes/2/code", "EC1").build().apply(file).toString();
        JsonObject duplicate = assertProblem(Api.post("/api/v1/diagnostic/frameworks", Story.ADMIN, "application/json",
                duplicated), 400, "invalid-framework");
        assertEquals("sections[0].valueCodes[2].code", duplicate.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(duplicate.getJsonArray("errors").getJsonObject(0).getString("message").startsWith("duplicated code EC1"));

        assertProblem(Api.post("/api/v1/diagnostic/frameworks", Story.ADMIN, "application/json", "{\"framework\": "), 400,
                "malformed-json");
        assertProblem(Api.post("/api/v1/diagnostic/frameworks", Story.BUYER, "application/json", missing), 403, "forbidden");
    }

    @Test
    void aControlCharacterInANestedNameIsRefusedWithItsPlaceNotAServerError() throws IOException {
        JsonObject file = (JsonObject) Api.json(nps2018("it-" + Story.unique()));
        String bell = Json.createPatchBuilder().replace("/sections/2/valueCodes/1/name", "Bell\u0007 and NUL\u0000").build()
                .apply(file).toString();

        // the API refuses such text in any body before the file is read (the reader refuses it too: ImportedText)
        JsonObject problem = assertProblem(Api.post("/api/v1/diagnostic/frameworks", Story.ADMIN, "application/json", bell),
                400, "invalid-text");
        JsonArray errors = problem.getJsonArray("errors");
        assertEquals(1, errors.size(), problem::toString);
        assertEquals("sections[2].valueCodes[1].name", errors.getJsonObject(0).getString("field"));
        assertEquals("contains a control character", errors.getJsonObject(0).getString("message"));
    }

    @Test
    void peersAreComparedOnlyAsAggregatesAndOnlyFromTheMinimumGroupSize() {
        String run = Story.unique();
        String level = "{\"level\": %d, \"descriptor\": \"Level %d\"}";
        String levels = IntStream.rangeClosed(1, 5).mapToObj(n -> level.formatted(n, n))
                .collect(Collectors.joining(", ", "[", "]"));
        String file = """
                {"framework": "Peer comparison %s", "sections": [{"name": "Only", "valueCodes": [
                  {"code": "P1", "name": "First", "levels": %s}, {"code": "P2", "name": "Second", "levels": %s}]}]}
                """.formatted(run, levels, levels);
        String frameworkId = created(Api.post("/api/v1/diagnostic/frameworks", Story.ADMIN, "application/json", file))
                .getString("id");
        String benchmark = "/api/v1/diagnostic/benchmarks?framework=" + frameworkId + "&territory=" + Story.TERRITORY;
        // Thames Valley Police submits 3 and 2
        submitAssessment(TESS, frameworkId, 3, 2);
        // five peer buyers in Thames Valley: P1 at 1, 2, 3, 4, 5; P2 at 2 each
        for (int n = 1; n <= 5; n++) {
            String org = "GB-LA-IT" + run + n;
            created(Story.post("/api/v1/organisations", Story.ADMIN, "{\"id\": \"" + org + "\", \"kind\": \"BUYER\", "
                    + "\"name\": \"Peer council " + run + " " + n + "\", \"territories\": [\"" + Story.TERRITORY + "\"]}"));
            JsonObject before = ok(Api.get(benchmark, TESS));
            assertTrue(before.getBoolean("suppressed"), "with " + (n - 1) + " peers the comparison is withheld");
            assertFalse(before.containsKey("peers"));
            submitAssessment(Api.token("peer" + n, org, "buyer"), frameworkId, n, 2);
        }

        JsonObject shown = ok(Api.get(benchmark, TESS));
        assertFalse(shown.getBoolean("suppressed"));
        assertEquals(5, shown.getInt("peers"), "the caller is not its own peer");
        JsonObject p1 = shown.getJsonArray("valueCodes").getJsonObject(0);
        assertEquals("P1", p1.getString("code"));
        assertEquals(List.of(1, 1, 1, 1, 1), p1.getJsonArray("peersAtLevel").stream()
                .map(c -> c.asJsonObject().getInt("peers")).toList());
        assertEquals(3, p1.getInt("ownLevel"));
        assertEquals(2, p1.getJsonObject("position").getInt("peersBelow"));
        assertEquals(1, p1.getJsonObject("position").getInt("peersSame"));
        assertEquals(2, p1.getJsonObject("position").getInt("peersAbove"));
        JsonObject p2 = shown.getJsonArray("valueCodes").getJsonObject(1);
        assertEquals(List.of(0, 5, 0, 0, 0), p2.getJsonArray("peersAtLevel").stream()
                .map(c -> c.asJsonObject().getInt("peers")).toList());
        assertFalse(shown.toString().contains("GB-LA-IT" + run), "no peer is named");
        assertFalse(shown.toString().contains("Peer council"), "no peer is named");
        // another region: nobody there
        assertTrue(ok(Api.get("/api/v1/diagnostic/benchmarks?framework=" + frameworkId + "&region=E12000001", TESS))
                .getBoolean("suppressed"));
    }

    private static void submitAssessment(String token, String frameworkId, int p1, int p2) {
        HttpResponse<String> start = Story.post("/api/v1/assessments", token, "{\"framework\": \"" + frameworkId + "\"}");
        String path = "/api/v1/assessments/" + created(start).getJsonObject("assessment").getString("id");
        HttpResponse<String> first = Story.put(path + "/answers/P1", token, start.headers().firstValue("ETag").orElseThrow(),
                "{\"level\": " + p1 + "}");
        HttpResponse<String> second = Story.put(path + "/answers/P2", token, first.headers().firstValue("ETag").orElseThrow(),
                "{\"level\": " + p2 + "}");
        assertEquals(200, second.statusCode(), second::body);
        assertEquals("SUBMITTED", ok(Story.post(path + "/submission", token, null)).getJsonObject("assessment")
                .getString("status"));
    }

    @Test
    void theDefaultFrameworkIsInstalledAtStartUp() {
        List<JsonObject> frameworks = Api.array(Api.get("/api/v1/diagnostic/frameworks", Story.PROVIDER_A)).stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("name").equals("Dual Impact social value maturity"))
                .toList();
        assertEquals(1, frameworks.size(), "installed once, whatever the number of starts");
        assertEquals(15, frameworks.get(0).getInt("valueCodeCount"));
        assertEquals(5, frameworks.get(0).getInt("sectionCount"));
        assertProblem(Api.get("/api/v1/diagnostic/frameworks/FWK-nothing", Story.PROVIDER_A), 404, "framework-not-found");
    }

    // ---------------------------------------------------------------- helpers

    /** The 2018 framework file from the test resources, with a version label of this run added. */
    static String nps2018(String version) throws IOException {
        try (InputStream in = DiagnosticIT.class.getResourceAsStream("/diagnostic/nps-2018-diagnostic.json")) {
            assertNotNull(in, "test resource diagnostic/nps-2018-diagnostic.json");
            JsonObject file = Json.createReader(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readObject();
            assertFalse(file.containsKey("version"));
            return Json.createObjectBuilder(file).add("version", version).build().toString();
        }
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response::body);
        return Api.object(response);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return Api.object(response);
    }

    private static List<String> codes(JsonObject framework) {
        List<String> codes = new ArrayList<>();
        for (JsonValue section : framework.getJsonArray("sections")) {
            for (JsonValue code : section.asJsonObject().getJsonArray("valueCodes")) {
                codes.add(code.asJsonObject().getString("code"));
            }
        }
        return codes;
    }

    private static JsonObject answer(JsonArray answers, String code) {
        return answers.stream().map(JsonValue::asJsonObject).filter(a -> a.getString("code").equals(code)).findFirst()
                .orElseThrow();
    }

    private static List<Integer> counts(JsonObject distribution) {
        return distribution.getJsonArray("levels").stream().map(l -> l.asJsonObject().getInt("count")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static void assertSection(JsonObject section, List<Integer> counts, int unscored, int weakest, String median) {
        JsonObject distribution = section.getJsonObject("distribution");
        assertEquals(counts, counts(distribution), section::toString);
        assertEquals(unscored, distribution.getJsonObject("unscored").getInt("count"), section::toString);
        assertEquals(weakest, section.getInt("weakestLevel"), section::toString);
        assertEquals(0, new BigDecimal(median).compareTo(section.getJsonNumber("median").bigDecimalValue()),
                section::toString);
    }

    /** The words of the text in order, with any whitespace (line breaks, table columns) between them. */
    private static Pattern phrase(String words) {
        return Pattern.compile(Arrays.stream(words.trim().split("\\s+")).map(Pattern::quote)
                .collect(Collectors.joining("\\s+")));
    }

    private static String pdfText(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = Api.HTTP.send(Api.request(path, token).GET().header("Accept", "application/pdf")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return Pdfs.text(response.body());
    }
}
