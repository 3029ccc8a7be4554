package org.dualimpact.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.AwardCriterion;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.Note;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.PolicyOutcome;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.ReportingMetric;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition.Theme;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * Reads a social value framework file. The format is the one the shipped Social Value Model files use:
 *
 * <pre>
 * {
 *   "id": "ppn-06-20",                      required key: 1–40 of a–z 0–9 . _ -
 *   "title": "The Social Value Model",       required, ≤ 200
 *   "edition": "Edition 1.1 (3 Dec 2020)",   required, ≤ 100; key and edition identify the edition
 *   "publisher", "licence": "…",             optional, ≤ 200
 *   "attribution": "…",                      optional, ≤ 1000 (shown wherever the content is shown)
 *   "source": "…" or ["…", …],               optional, each ≤ 1000
 *   "unverified": false,                     optional: the whole file is provisional
 *   "minimumWeightingPercent": 10,           optional whole number 0–100
 *   "minimumWeightingRule": "…" or {"text": "…", "unverified": true, "evidence": "…"},   optional
 *   "scoringScale": null,                    optional, reserved: must be null (tenders set their own scale)
 *   "themes": [{                             themes or missions (a file may instead give "outcomes")
 *     "id": "1", "title": "…", "altTitle": "…", "unverified": false, "evidence": "…",
 *     "outcomes": [{
 *       "id": "2", "title": "…" (null only when unverified), "summary": "…", "unverified": false,
 *       "evidence": "…", "note": "…",
 *       "reportingMetrics": [{"id": "…", "title": "…", "unit": "…", "unverified": false}],
 *       "criteria": [{"id": "MAC 2.2", "title": "…", "shortLabel": "…", "unverified": true,
 *                     "evidence": "…", "note": "…", "reportingMetrics": […]}]
 *     }]
 *   }],
 *   "outcomes": [ … ],                       outcomes without themes (placed under one implicit theme)
 *   "reportingMetrics" or "standardReportingMetrics": [ … ]   framework-wide metrics
 * }
 * </pre>
 *
 * Informational members are kept, never interpreted: at the top level {@code ppn, status, scope, dates,
 * counts, structure, howToUseModel, confidence, supersedes, minimumWeighting} and any member whose
 * name ends in {@code Note} (kept verbatim as notes); inside themes, outcomes and criteria any member
 * whose name ends in {@code Note} or {@code Count} (appended to the element's note). Any other member
 * is refused, and so is a control character in any text. Every problem is reported at once with its
 * place and line. The kernel's {@link ValueFrameworkDefinition} guards unique identifiers last.
 */
public final class JsonValueFrameworkReader {

    /** Largest framework file accepted, in characters. */
    public static final int MAX_CHARS = 1_000_000;
    static final int MAX_ELEMENTS = 5000;

    private static final Set<String> ROOT = Set.of("id", "title", "edition", "publisher", "licence", "attribution", "source",
            "unverified", "minimumWeightingPercent", "minimumWeightingRule", "scoringScale", "themes", "outcomes",
            "reportingMetrics", "standardReportingMetrics");
    private static final Set<String> INFORMATIONAL = Set.of("ppn", "status", "scope", "dates", "counts", "structure",
            "howToUseModel", "confidence", "supersedes", "minimumWeighting");
    private static final Set<String> THEME = Set.of("id", "title", "altTitle", "unverified", "evidence", "outcomes");
    private static final Set<String> OUTCOME = Set.of("id", "title", "summary", "unverified", "evidence", "note", "criteria",
            "reportingMetrics");
    private static final Set<String> CRITERION = Set.of("id", "title", "shortLabel", "unverified", "evidence", "note",
            "reportingMetrics");
    private static final Set<String> METRIC = Set.of("id", "title", "unit", "unverified");
    private static final Set<String> RULE = Set.of("text", "unverified", "evidence");

    private final Validation validation = new Validation();
    private final JsonFields in;
    private final Map<String, String> criterionPlaces = new HashMap<>();
    private final Map<String, String> outcomePlaces = new HashMap<>();
    private final Map<String, String> themePlaces = new HashMap<>();
    private int elements;

    private JsonValueFrameworkReader(JsonDocument document) {
        this.in = new JsonFields(validation, document, true);
    }

    /**
     * The framework edition the text defines.
     *
     * @throws DomainException {@code framework-too-large}, {@code malformed-json} or
     *         {@code invalid-framework} (every problem as a field error with its place), INVALID_INPUT
     */
    public static ValueFrameworkDefinition read(String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "framework-too-large", "A framework file is at most "
                    + MAX_CHARS + " characters.", List.of(new FieldError("body", "longer than " + MAX_CHARS + " characters")));
        }
        JsonDocument document = JsonDocument.read(text, "framework");
        return new JsonValueFrameworkReader(document).definition(document.root());
    }

    private ValueFrameworkDefinition definition(JsonValue root) {
        JsonObject file = in.object(root, null, "body");
        fail();
        List<Note> notes = notes(file);
        String key = in.text(file, "id", "id", true, 40);
        if (key != null && !key.matches(ValueFrameworkDefinition.KEY_PATTERN)) {
            in.reject(file, "id", "a framework key is 1 to 40 of a-z 0-9 . _ - (e.g. ppn-06-20)");
        }
        String title = in.text(file, "title", "title", true, 200);
        String edition = in.text(file, "edition", "edition", true, 100);
        String publisher = in.text(file, "publisher", "publisher", false, 200);
        String licence = in.text(file, "licence", "licence", false, 200);
        String attribution = in.text(file, "attribution", "attribution", false, 1000);
        List<String> sources = in.strings(file, "source", "source", 1000);
        boolean unverified = in.bool(file, "unverified", "unverified", false);
        Integer minimum = in.integer(file, "minimumWeightingPercent", "minimumWeightingPercent", false, 0, 100);
        String rule = rule(file);
        if (JsonFields.present(file, "scoringScale")) {
            in.reject(file, "scoringScale", "is reserved and must be null: a tender sets its own marking scale");
        }
        List<Theme> themes = new ArrayList<>();
        if (JsonFields.present(file, "themes")) {
            JsonArray items = in.array(file.get("themes"), file, "themes");
            for (int i = 0; items != null && i < items.size(); i++) {
                Theme theme = theme(items.get(i), file, "themes[" + i + "]");
                if (theme != null) {
                    themes.add(theme);
                }
            }
        }
        if (JsonFields.present(file, "outcomes")) {
            List<PolicyOutcome> outcomes = outcomes(file, "outcomes");
            if (validation.ok()) {
                themes.add(new Theme("outcomes", title == null ? "Outcomes" : title, null, unverified, null, true, outcomes));
            }
        }
        if (themes.isEmpty() && validation.ok()) {
            validation.reject("themes", "a framework has at least one theme with outcomes (or top-level \"outcomes\")");
        }
        if (JsonFields.present(file, "reportingMetrics") && JsonFields.present(file, "standardReportingMetrics")) {
            in.reject(file, "standardReportingMetrics", "give framework-wide metrics once, as reportingMetrics or standardReportingMetrics");
        }
        String metricsKey = JsonFields.present(file, "standardReportingMetrics") ? "standardReportingMetrics" : "reportingMetrics";
        List<ReportingMetric> metrics = metrics(file, metricsKey, metricsKey);
        if (elements > MAX_ELEMENTS) {
            validation.reject("body", "a framework has at most " + MAX_ELEMENTS + " elements, not " + elements);
        }
        fail();
        ValueFrameworkDefinition definition = in.build(file, "body", () -> new ValueFrameworkDefinition(key, title, edition,
                publisher, licence, attribution, sources, unverified, minimum, rule, themes, metrics, notes));
        fail();
        return definition;
    }

    /** The informational top-level members, kept verbatim; any other unknown member is refused. */
    private List<Note> notes(JsonObject file) {
        List<Note> notes = new ArrayList<>();
        for (Map.Entry<String, JsonValue> member : file.entrySet()) {
            String name = member.getKey();
            if (ROOT.contains(name)) {
                continue;
            }
            if (INFORMATIONAL.contains(name) || name.endsWith("Note")) {
                String text = JsonFields.verbatim(member.getValue());
                if (text.length() > ValueFrameworkDefinition.TEXT_MAX) {
                    in.reject(file, name, "informational member longer than " + ValueFrameworkDefinition.TEXT_MAX + " characters");
                } else if (!text.isBlank() && in.checked(file, name, text, ValueFrameworkDefinition.TEXT_MAX) != null
                        && in.checked(file, name, name, 60) != null) {
                    notes.add(new Note(name, text));
                }
            } else {
                in.reject(file, name, "unknown member (known: " + new TreeSet<>(ROOT) + ", informational: "
                        + new TreeSet<>(INFORMATIONAL) + " and members ending in Note)");
            }
        }
        return notes;
    }

    private String rule(JsonObject file) {
        JsonValue value = file.get("minimumWeightingRule");
        if (!JsonFields.present(file, "minimumWeightingRule") || value instanceof JsonString) {
            return in.text(file, "minimumWeightingRule", "minimumWeightingRule", false, ValueFrameworkDefinition.TEXT_MAX);
        }
        JsonObject rule = in.object(value, file, "minimumWeightingRule");
        if (rule == null) {
            return null;
        }
        in.unknown(rule, "minimumWeightingRule", RULE);
        String text = in.text(rule, "text", "minimumWeightingRule.text", true, 3000);
        boolean unverified = in.bool(rule, "unverified", "minimumWeightingRule.unverified", false);
        in.text(rule, "evidence", "minimumWeightingRule.evidence", false, 3000);
        return text == null ? null : unverified ? text + " (unverified)" : text;
    }

    private Theme theme(JsonValue value, JsonValue container, String path) {
        JsonObject item = in.object(value, container, path);
        if (item == null) {
            return null;
        }
        Head head = head(item, path, THEME, themePlaces, "theme");
        String alt = in.text(item, "altTitle", path + ".altTitle", false, ValueFrameworkDefinition.TITLE_MAX);
        String evidence = joined(in.text(item, "evidence", path + ".evidence", false, ValueFrameworkDefinition.TEXT_MAX),
                head.note());
        List<PolicyOutcome> outcomes = outcomes(item, path + ".outcomes");
        return validation.ok() ? in.build(item, path, () -> new Theme(head.id(), head.title(), alt, head.unverified(), evidence,
                false, outcomes)) : null;
    }

    private List<PolicyOutcome> outcomes(JsonObject parent, String path) {
        return each(parent, "outcomes", path, (item, place) -> {
            Head head = head(item, place, OUTCOME, outcomePlaces, "outcome");
            String summary = in.text(item, "summary", place + ".summary", false, ValueFrameworkDefinition.TEXT_MAX);
            String evidence = in.text(item, "evidence", place + ".evidence", false, ValueFrameworkDefinition.TEXT_MAX);
            String note = ownNote(item, place, head);
            List<AwardCriterion> criteria = criteria(item, place + ".criteria");
            List<ReportingMetric> metrics = metrics(item, "reportingMetrics", place + ".reportingMetrics");
            return validation.ok() ? in.build(item, place, () -> new PolicyOutcome(head.id(), head.title(), summary,
                    head.unverified(), evidence, note, criteria, metrics)) : null;
        });
    }

    private List<AwardCriterion> criteria(JsonObject outcome, String path) {
        return each(outcome, "criteria", path, (item, place) -> {
            Head head = head(item, place, CRITERION, criterionPlaces, "criterion");
            String shortLabel = in.text(item, "shortLabel", place + ".shortLabel", false, 200);
            String evidence = in.text(item, "evidence", place + ".evidence", false, ValueFrameworkDefinition.TEXT_MAX);
            String note = ownNote(item, place, head);
            List<ReportingMetric> metrics = metrics(item, "reportingMetrics", place + ".reportingMetrics");
            return validation.ok() ? in.build(item, place, () -> new AwardCriterion(head.id(), head.title(), shortLabel,
                    head.unverified(), evidence, note, metrics)) : null;
        });
    }

    private List<ReportingMetric> metrics(JsonObject parent, String key, String path) {
        Map<String, String> ids = new HashMap<>();
        return each(parent, key, path, (item, place) -> {
            elements++;
            in.unknown(item, place, METRIC);
            String id = id(item, place, ids, "metric");
            String title = in.text(item, "title", place + ".title", true, ValueFrameworkDefinition.TITLE_MAX);
            String unit = in.text(item, "unit", place + ".unit", false, 40);
            boolean unverified = in.bool(item, "unverified", place + ".unverified", false);
            return validation.ok() ? in.build(item, place, () -> new ReportingMetric(id, title, unit, unverified)) : null;
        });
    }

    /** Reads each object of an array member ({@code place}: {@code outcomes[2]}); elements read as null are left out. */
    private <T> List<T> each(JsonObject parent, String key, String path, BiFunction<JsonObject, String, T> read) {
        List<T> out = new ArrayList<>();
        if (!JsonFields.present(parent, key)) {
            return out;
        }
        JsonArray items = in.array(parent.get(key), parent, path);
        for (int i = 0; items != null && i < items.size(); i++) {
            String place = path + "[" + i + "]";
            JsonObject item = in.object(items.get(i), parent, place);
            T element = item == null ? null : read.apply(item, place);
            if (element != null) {
                out.add(element);
            }
        }
        return out;
    }

    /** What every theme, outcome and criterion has: identifier, title, unverified flag and informational note. */
    private record Head(String id, String title, boolean unverified, String note) {
    }

    private Head head(JsonObject item, String place, Set<String> known, Map<String, String> places, String kind) {
        elements++;
        String note = extras(item, place, known);
        String id = id(item, place, places, kind);
        String title = in.text(item, "title", place + ".title", false, ValueFrameworkDefinition.TITLE_MAX);
        boolean unverified = in.bool(item, "unverified", place + ".unverified", false);
        titled(item, place, title, unverified);
        return new Head(id, title, unverified, note);
    }

    /** The element's own {@code note} followed by its informational members. */
    private String ownNote(JsonObject item, String place, Head head) {
        return joined(in.text(item, "note", place + ".note", false, ValueFrameworkDefinition.TEXT_MAX), head.note());
    }

    /** Checks members; informational ones ({@code …Note}, {@code …Count}) come back as one note text. */
    private String extras(JsonObject item, String path, Set<String> known) {
        StringBuilder note = new StringBuilder();
        for (Map.Entry<String, JsonValue> member : item.entrySet()) {
            String name = member.getKey();
            if (known.contains(name)) {
                continue;
            }
            if (name.endsWith("Note") || name.endsWith("Count")) {
                note.append(note.length() == 0 ? "" : " ").append(name).append(": ").append(JsonFields.verbatim(member.getValue()));
            } else {
                in.reject(item, path + "." + name, "unknown member (known: " + new TreeSet<>(known)
                        + " and members ending in Note or Count)");
            }
        }
        if (note.length() > ValueFrameworkDefinition.TEXT_MAX / 2) {
            in.reject(item, path, "informational members are longer than " + ValueFrameworkDefinition.TEXT_MAX / 2 + " characters");
            return null;
        }
        return note.length() == 0 ? null : in.checked(item, path, note.toString(), ValueFrameworkDefinition.TEXT_MAX / 2);
    }

    /** An identifier: a string, or a whole number written as one ({@code "id": 3}); unique among its kind. */
    private String id(JsonObject item, String path, Map<String, String> seen, String kind) {
        String id;
        if (item.get("id") instanceof JsonNumber number && JsonFields.isWhole(number.bigDecimalValue())
                && number.bigDecimalValue().signum() >= 0) {
            id = number.bigDecimalValue().toBigInteger().toString();
        } else {
            id = in.text(item, "id", path + ".id", true, 40);
        }
        if (id != null) {
            String first = seen.putIfAbsent(id, path);
            if (first != null) {
                in.reject(item, path + ".id", "duplicated " + kind + " id '" + id + "' (already used at " + first + ")");
            }
        }
        return id;
    }

    /** Refuses a missing title unless the element is unverified (a title given but refused is reported once). */
    private void titled(JsonObject item, String path, String title, boolean unverified) {
        boolean given = item.get("title") instanceof JsonString text && !text.getString().isBlank();
        if (title == null && !unverified && !given) {
            in.reject(item, path + ".title", "is required (only an element marked unverified may lack a title)");
        }
    }

    private static String joined(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " " + second;
    }

    private void fail() {
        validation.throwIfInvalid("invalid-framework",
                "The framework file cannot be imported as given; every problem is listed with its place in the file.");
    }
}
