package org.dualimpact.kernel.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Json;
import org.dualimpact.kernel.shared.JsonInput;
import org.dualimpact.kernel.shared.Validation;

/**
 * Reads a measures catalogue from CSV or JSON (README, "Measures catalogue formats"). Nothing is
 * half-imported: every problem of every row is collected and the whole file is refused, each problem
 * named by its line ({@code lines[7].proxy_gbp}: {@code line 7: not a number}).
 *
 * <p><b>CSV</b> (RFC 4180: comma-separated, double quotes around fields holding commas, quotes or
 * line breaks, {@code ""} for a quote; UTF-8; lines starting with {@code #} before the header are
 * comments). The first line is the header naming the columns, in any order:
 * {@code code, title, unit} (required), {@code theme, outcome, proxy_year, proxy_gbp, proxy_source,
 * sdg_targets, criteria, deadweight, displacement, attribution, drop_off, benefit_years, local_weight}.
 * One row per measure and proxy year: a measure with proxies for several years repeats its code on
 * further rows, which give only the proxy columns (other columns empty or identical). Lists
 * ({@code sdg_targets}, {@code criteria}) are separated by {@code ;}; a criterion is
 * {@code framework-key:criterion-id} ({@code ppn-06-20:MAC 2.2}). Fractions are written 0 to 1.
 * The catalogue's name and edition come with the request.
 *
 * <p><b>JSON</b>: {@code {"name", "edition", "illustrative", "attribution", "sources": [..],
 * "defaults": {"deadweight", "displacement", "attribution", "dropOff"}, "measures": [{"code", "theme",
 * "outcome", "title", "unit", "proxies": [{"year", "gbpPerUnit", "source"}], "sdgTargets": [..],
 * "criteria": [{"framework", "criterion"}], "deadweight", "displacement", "attribution", "dropOff",
 * "benefitYears", "localWeight"}]}}. Unknown members are refused.
 */
public final class CatalogueFile {

    /** Largest catalogue file accepted, in characters. */
    public static final int MAX_CHARS = 5_000_000;
    public static final String ILLUSTRATIVE_RESOURCE = "illustrative-catalogue.json";

    static final List<String> CSV_COLUMNS = List.of("code", "theme", "outcome", "title", "unit", "proxy_year", "proxy_gbp",
            "proxy_source", "sdg_targets", "criteria", "deadweight", "displacement", "attribution", "drop_off", "benefit_years",
            "local_weight");
    private static final Set<String> PROXY_COLUMNS = Set.of("proxy_year", "proxy_gbp", "proxy_source");

    private static final Set<String> JSON_ROOT = Set.of("name", "edition", "illustrative", "attribution", "sources", "defaults",
            "measures");
    private static final Set<String> JSON_MEASURE = Set.of("code", "theme", "outcome", "title", "unit", "proxies", "sdgTargets",
            "criteria", "deadweight", "displacement", "attribution", "dropOff", "benefitYears", "localWeight");
    private static final Set<String> JSON_PROXY = Set.of("year", "gbpPerUnit", "source");
    private static final Set<String> JSON_LINK = Set.of("framework", "criterion");
    private static final Set<String> JSON_ADJUSTMENTS = Set.of("deadweight", "displacement", "attribution", "dropOff");

    /** A catalogue as a file defines it, and where in the file each measure was (for later checks). */
    public record Content(String name, String edition, boolean illustrative, String attribution, List<String> sources,
            Adjustments defaults, List<Measure> measures, Map<String, String> places) {
    }

    /** The catalogue's metadata a CSV file cannot carry, sent with the request. */
    public record CsvHeader(String name, String edition, boolean illustrative, String attribution, List<String> sources) {
    }

    private CatalogueFile() {
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-catalogue", "The catalogue cannot be "
                + "imported: nothing was imported; every problem is listed with its line.", errors);
    }

    private static void tooLarge(String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "catalogue-too-large", "A catalogue file is at most "
                    + MAX_CHARS + " characters.", List.of(new FieldError("body", "longer than " + MAX_CHARS + " characters")));
        }
    }

    // ---------------------------------------------------------------- CSV

    /** One CSV record: the physical line it starts on and its fields. */
    record Row(int line, List<String> fields) {
    }

    public static Content parseCsv(String text, CsvHeader header) {
        tooLarge(text);
        Validation validation = new Validation();
        String name = validation.field("name", () -> Validation.requireText(header.name(), "name", 200));
        String edition = validation.field("edition", () -> Validation.requireText(header.edition(), "edition", 100));
        List<Row> rows = records(text == null ? "" : text, validation);
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported.");
        if (rows.isEmpty()) {
            throw invalid(List.of(new FieldError("lines[1]", "line 1: the file is empty: a header line is required")));
        }
        Row headerRow = rows.get(0);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < headerRow.fields().size(); i++) {
            String column = headerRow.fields().get(i).strip().toLowerCase(Locale.ROOT);
            String place = "lines[" + headerRow.line() + "]";
            if (!CSV_COLUMNS.contains(column)) {
                validation.reject(place, "line " + headerRow.line() + ": unknown column '" + column + "' (known: "
                        + String.join(", ", CSV_COLUMNS) + ")");
            } else if (columns.putIfAbsent(column, i) != null) {
                validation.reject(place, "line " + headerRow.line() + ": column '" + column + "' appears twice");
            }
        }
        for (String required : List.of("code", "title", "unit")) {
            if (!columns.containsKey(required)) {
                validation.reject("lines[" + headerRow.line() + "]", "line " + headerRow.line() + ": the column '" + required
                        + "' is required");
            }
        }
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported; the header is wrong.");
        Map<String, Measure> measures = new LinkedHashMap<>();
        Map<String, String> places = new HashMap<>();
        Map<String, Map<String, String>> firstRows = new HashMap<>();
        if (rows.size() == 1) {
            validation.reject("lines[" + headerRow.line() + "]", "line " + headerRow.line() + ": the file has a header but no measure");
        }
        for (Row row : rows.subList(1, rows.size())) {
            String place = "lines[" + row.line() + "]";
            String at = "line " + row.line() + ": ";
            if (row.fields().size() != headerRow.fields().size()) {
                validation.reject(place, at + "has " + row.fields().size() + " fields; the header has " + headerRow.fields().size());
                continue;
            }
            Map<String, String> values = new HashMap<>();
            columns.forEach((column, index) -> values.put(column, row.fields().get(index).strip()));
            String code = values.getOrDefault("code", "");
            if (code.isEmpty()) {
                validation.reject(place + ".code", at + "code is required");
                continue;
            }
            String key = code.toLowerCase(Locale.ROOT);
            Measure earlier = measures.get(key);
            Validation rowErrors = new Validation();
            ProxyValue proxy = csvProxy(values, rowErrors);
            if (earlier != null) {
                Map<String, String> first = firstRows.get(key);
                for (String column : columns.keySet()) {
                    if (!PROXY_COLUMNS.contains(column) && !values.get(column).isEmpty()
                            && !values.get(column).equals(first.get(column))) {
                        rowErrors.reject(column, "differs from the first row of measure " + code + " (" + places.get(key)
                                + "); a further row of a measure gives only proxy columns");
                    }
                }
                if (proxy == null && rowErrors.ok()) {
                    rowErrors.reject("proxy_year", "a further row of measure " + code + " must give a proxy (year, value, source)");
                }
                if (proxy != null && earlier.proxies().stream().anyMatch(p -> p.year() == proxy.year())) {
                    rowErrors.reject("proxy_year", "measure " + code + " already has a proxy for " + proxy.year());
                }
                if (rowErrors.ok() && proxy != null) {
                    measures.put(key, earlier.withProxy(proxy));
                }
            } else {
                if (values.getOrDefault("title", "").isEmpty()) {
                    rowErrors.reject("title", "title is required");
                }
                if (values.getOrDefault("unit", "").isEmpty()) {
                    rowErrors.reject("unit", "unit is required");
                }
                if (!code.matches(Measure.CODE_PATTERN)) {
                    rowErrors.reject("code", "a measure code is 1 to 40 letters, digits or . _ : / -");
                }
                checkColumns(values, rowErrors);
                if (rowErrors.ok()) {
                    Measure measure = rowErrors.field("title", () -> new Measure(code, values.get("theme"), values.get("outcome"),
                            values.get("title"), values.get("unit"), proxy == null ? List.of() : List.of(proxy),
                            list(values.get("sdg_targets")), links(values.get("criteria")), new Adjustments(
                                    decimal(values.get("deadweight")), decimal(values.get("displacement")),
                                    decimal(values.get("attribution")), decimal(values.get("drop_off"))),
                            whole(values.get("benefit_years")), decimal(values.get("local_weight"))));
                    if (measure != null) {
                        measures.put(key, measure);
                        places.put(key, "line " + row.line());
                        firstRows.put(key, values);
                    }
                }
            }
            for (FieldError error : rowErrors.errors()) {
                validation.reject(place + "." + error.field(), at + error.message());
            }
        }
        if (measures.size() > Catalogue.MAX_MEASURES) {
            validation.reject("body", "a catalogue has at most " + Catalogue.MAX_MEASURES + " measures");
        }
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported; every "
                + "problem is listed with its line.");
        Map<String, String> byCode = new HashMap<>();
        measures.values().forEach(m -> byCode.put(m.code(), places.get(m.code().toLowerCase(Locale.ROOT))));
        return new Content(name, edition, header.illustrative(), header.attribution(), header.sources(), Adjustments.NONE,
                List.copyOf(measures.values()), byCode);
    }

    /** Checks each typed column on its own, so a row names every bad column (the constructor stops at the first). */
    private static void checkColumns(Map<String, String> values, Validation errors) {
        for (String column : List.of("deadweight", "displacement", "attribution", "drop_off", "local_weight")) {
            String value = values.get(column);
            if (value != null && !value.isEmpty()) {
                errors.field(column, () -> {
                    BigDecimal number = decimal(value);
                    return column.equals("local_weight") ? Measure.weight(number) : Adjustments.fraction(number, column);
                });
            }
        }
        String years = values.get("benefit_years");
        if (years != null && !years.isEmpty()) {
            errors.field("benefit_years", () -> {
                Integer n = whole(years);
                if (n < 1 || n > 50) {
                    throw new IllegalArgumentException("the benefit period is 1 to 50 years");
                }
                return n;
            });
        }
        String targets = values.get("sdg_targets");
        for (String target : list(targets)) {
            if (!target.matches(Measure.SDG_PATTERN)) {
                errors.reject("sdg_targets", "an SDG target looks like 8.5, 4.a or 13: " + target);
            }
        }
        errors.field("criteria", () -> links(values.get("criteria")));
    }

    private static ProxyValue csvProxy(Map<String, String> values, Validation errors) {
        String year = values.getOrDefault("proxy_year", "");
        String gbp = values.getOrDefault("proxy_gbp", "");
        String source = values.getOrDefault("proxy_source", "");
        if (year.isEmpty() && gbp.isEmpty() && source.isEmpty()) {
            return null;
        }
        Integer y = errors.field("proxy_year", () -> {
            Objects.requireNonNull(year.isEmpty() ? null : year, "proxy_year is required with a proxy value");
            return whole(year);
        });
        BigDecimal value = errors.field("proxy_gbp", () -> {
            Objects.requireNonNull(gbp.isEmpty() ? null : gbp, "proxy_gbp is required with a proxy year");
            return decimal(gbp);
        });
        if (source.isEmpty()) {
            errors.reject("proxy_source", "every proxy value names its source");
        }
        if (y == null || value == null || source.isEmpty()) {
            return null;
        }
        return errors.field("proxy_gbp", () -> new ProxyValue(y, value, source));
    }

    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[;|]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static List<CriterionLink> links(String text) {
        List<CriterionLink> out = new ArrayList<>();
        for (String part : list(text)) {
            int colon = part.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("a criterion is framework-key:criterion-id, e.g. ppn-06-20:MAC 2.2, not " + part);
            }
            out.add(new CriterionLink(part.substring(0, colon), part.substring(colon + 1)));
        }
        return out;
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text.strip());
        }
    }

    static Integer whole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + text.strip());
        }
    }

    /** Splits CSV text into records (RFC 4180), each with the line it starts on; comment lines before the header are skipped. */
    static List<Row> records(String text, Validation validation) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean atFieldStart = true;
        boolean recordEmpty = true;
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                    i++;
                    if (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\n' && csv.charAt(i) != '\r') {
                        validation.reject("lines[" + line + "]", "line " + line + ": text after a closing quote");
                        return rows;
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                field.append(c);
                i++;
                continue;
            }
            if (c == '#' && atFieldStart && recordEmpty && fields.isEmpty() && rows.isEmpty()) {
                while (i < csv.length() && csv.charAt(i) != '\n') {
                    i++;
                }
                i++;
                line++;
                recordLine = line;
                continue;
            }
            if (c == '"' && atFieldStart) {
                quoted = true;
                atFieldStart = false;
                recordEmpty = false;
                i++;
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
                recordEmpty = false;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                if (!recordEmpty || field.length() > 0) {
                    fields.add(field.toString());
                    rows.add(new Row(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                atFieldStart = true;
                recordEmpty = true;
                line++;
                recordLine = line;
                continue;
            }
            if (c == '"') {
                validation.reject("lines[" + line + "]", "line " + line + ": a quote inside an unquoted field");
                return rows;
            }
            field.append(c);
            atFieldStart = false;
            recordEmpty = false;
            i++;
        }
        if (quoted) {
            validation.reject("lines[" + recordLine + "]", "line " + recordLine + ": a quoted field is not closed");
            return rows;
        }
        if (!recordEmpty || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(recordLine, List.copyOf(fields)));
        }
        return rows;
    }

    // ---------------------------------------------------------------- JSON

    public static Content parseJson(String text) {
        tooLarge(text);
        Json.Parsed parsed;
        try {
            parsed = Json.parseWithLines(text);
        } catch (Json.MalformedException e) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "malformed-json",
                    "The catalogue file is not well-formed JSON (" + e.getMessage() + ").",
                    List.of(new FieldError("body", e.getMessage())));
        }
        Validation validation = new Validation();
        JsonInput in = new JsonInput(validation, parsed);
        Map<String, Object> file = in.object(parsed.root(), null, "body");
        if (file == null) {
            throw invalid(List.of(new FieldError("body", "must be a JSON object")));
        }
        in.unknown(file, "", JSON_ROOT);
        String name = in.text(file, "name", "name", true, 200);
        String edition = in.text(file, "edition", "edition", true, 100);
        boolean illustrative = in.bool(file, "illustrative", "illustrative", false);
        String attribution = in.text(file, "attribution", "attribution", false, 2000);
        List<String> sources = in.strings(file, "sources", "sources", 1000);
        Adjustments defaults = Adjustments.NONE;
        if (in.present(file, "defaults")) {
            Map<String, Object> d = in.object(file.get("defaults"), file, "defaults");
            if (d != null) {
                in.unknown(d, "defaults", JSON_ADJUSTMENTS);
                defaults = adjustments(in, d, "defaults");
            }
        }
        List<Measure> measures = new ArrayList<>();
        Map<String, String> places = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        List<Object> items = in.present(file, "measures") ? in.array(file.get("measures"), file, "measures") : null;
        if (!in.present(file, "measures")) {
            in.reject(file, "measures", "is required: a catalogue has at least one measure");
        } else if (items != null && items.isEmpty()) {
            in.reject(file, "measures", "a catalogue has at least one measure");
        }
        for (int i = 0; items != null && i < items.size(); i++) {
            String path = "measures[" + i + "]";
            Map<String, Object> item = in.object(items.get(i), items, path);
            if (item == null) {
                continue;
            }
            int errorsBefore = validation.count();
            in.unknown(item, path, JSON_MEASURE);
            String code = in.text(item, "code", path + ".code", true, 40);
            if (code != null && !code.matches(Measure.CODE_PATTERN)) {
                in.reject(item, path + ".code", "a measure code is 1 to 40 letters, digits or . _ : / -");
            }
            if (code != null) {
                String first = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), path);
                if (first != null) {
                    in.reject(item, path + ".code", "duplicated measure code " + code + " (already used at " + first + ")");
                }
            }
            String theme = in.text(item, "theme", path + ".theme", false, 200);
            String outcome = in.text(item, "outcome", path + ".outcome", false, 500);
            String title = in.text(item, "title", path + ".title", true, 500);
            String unit = in.text(item, "unit", path + ".unit", true, 40);
            List<ProxyValue> proxies = jsonProxies(in, item, path);
            List<String> sdg = in.strings(item, "sdgTargets", path + ".sdgTargets", 10);
            for (String target : sdg) {
                if (!target.matches(Measure.SDG_PATTERN)) {
                    in.reject(item, path + ".sdgTargets", "an SDG target looks like 8.5, 4.a or 13: " + target);
                }
            }
            List<CriterionLink> links = jsonLinks(in, item, path);
            Adjustments adjustments = adjustments(in, item, path);
            Integer years = in.integer(item, "benefitYears", path + ".benefitYears", false, 1, 50);
            BigDecimal weight = in.number(item, "localWeight", path + ".localWeight", false);
            if (weight != null) {
                try {
                    Measure.weight(weight);
                } catch (IllegalArgumentException e) {
                    in.reject(item, path + ".localWeight", e.getMessage());
                }
            }
            if (validation.count() == errorsBefore) {
                try {
                    measures.add(new Measure(code, theme, outcome, title, unit, proxies, sdg, links, adjustments, years, weight));
                    places.put(code, path + " (line " + in.line(item) + ")");
                } catch (IllegalArgumentException e) {
                    in.reject(item, path, e.getMessage());
                }
            }
        }
        if (measures.size() > Catalogue.MAX_MEASURES) {
            validation.reject("measures", "a catalogue has at most " + Catalogue.MAX_MEASURES + " measures");
        }
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported; every "
                + "problem is listed with its place and line.");
        return new Content(name, edition, illustrative, attribution, sources, defaults, measures, places);
    }

    private static Adjustments adjustments(JsonInput in, Map<String, Object> item, String path) {
        BigDecimal[] values = new BigDecimal[4];
        String[] names = {"deadweight", "displacement", "attribution", "dropOff"};
        for (int k = 0; k < 4; k++) {
            BigDecimal value = in.number(item, names[k], path + "." + names[k], false);
            if (value != null) {
                try {
                    values[k] = Adjustments.fraction(value, names[k]);
                } catch (IllegalArgumentException e) {
                    in.reject(item, path + "." + names[k], e.getMessage());
                }
            }
        }
        return new Adjustments(values[0], values[1], values[2], values[3]);
    }

    private static List<ProxyValue> jsonProxies(JsonInput in, Map<String, Object> item, String path) {
        List<ProxyValue> proxies = new ArrayList<>();
        if (!in.present(item, "proxies")) {
            return proxies;
        }
        List<Object> list = in.array(item.get("proxies"), item, path + ".proxies");
        Map<Integer, String> years = new HashMap<>();
        for (int j = 0; list != null && j < list.size(); j++) {
            String place = path + ".proxies[" + j + "]";
            Map<String, Object> proxy = in.object(list.get(j), item, place);
            if (proxy == null) {
                continue;
            }
            in.unknown(proxy, place, JSON_PROXY);
            Integer year = in.integer(proxy, "year", place + ".year", true, 1900, 2999);
            BigDecimal value = in.number(proxy, "gbpPerUnit", place + ".gbpPerUnit", true);
            String source = in.text(proxy, "source", place + ".source", true, 500);
            if (year != null && years.putIfAbsent(year, place) != null) {
                in.reject(proxy, place + ".year", "a second proxy for " + year + " (first at " + years.get(year) + ")");
                continue;
            }
            if (year != null && value != null && source != null) {
                try {
                    proxies.add(new ProxyValue(year, value, source));
                } catch (IllegalArgumentException e) {
                    in.reject(proxy, place + ".gbpPerUnit", e.getMessage());
                }
            }
        }
        return proxies;
    }

    private static List<CriterionLink> jsonLinks(JsonInput in, Map<String, Object> item, String path) {
        List<CriterionLink> links = new ArrayList<>();
        if (!in.present(item, "criteria")) {
            return links;
        }
        List<Object> list = in.array(item.get("criteria"), item, path + ".criteria");
        for (int j = 0; list != null && j < list.size(); j++) {
            String place = path + ".criteria[" + j + "]";
            Map<String, Object> link = in.object(list.get(j), item, place);
            if (link == null) {
                continue;
            }
            in.unknown(link, place, JSON_LINK);
            String framework = in.text(link, "framework", place + ".framework", true, 40);
            String criterion = in.text(link, "criterion", place + ".criterion", true, 40);
            if (framework != null && criterion != null) {
                try {
                    CriterionLink made = new CriterionLink(framework, criterion);
                    if (links.contains(made)) {
                        in.reject(link, place, "crosswalk link " + made + " given twice");
                    } else {
                        links.add(made);
                    }
                } catch (IllegalArgumentException e) {
                    in.reject(link, place + ".framework", e.getMessage());
                }
            }
        }
        return links;
    }

    /** The text of the illustrative catalogue the product ships. */
    public static String illustrativeText() {
        try (InputStream stream = CatalogueFile.class.getResourceAsStream(ILLUSTRATIVE_RESOURCE)) {
            Objects.requireNonNull(stream, "illustrative catalogue missing from the kernel");
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> columns() {
        return new TreeSet<>(CSV_COLUMNS);
    }
}
