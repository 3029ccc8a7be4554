package org.dualimpact.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueDefinition;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.catalogue.CriterionLink;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * Reads a measures catalogue from CSV (RFC 4180 with Apache Commons CSV: comma-separated, double
 * quotes around fields holding commas, quotes or line breaks, {@code ""} for a quote; UTF-8; lines
 * starting with {@code #} before the header are comments). Nothing is half-imported: every problem
 * of every row is collected and the whole file is refused, each problem named by its line
 * ({@code lines[7].proxy_gbp}: {@code line 7: not a number}).
 *
 * <p>The first line is the header naming the columns, in any order: {@code code, title, unit}
 * (required), {@code theme, outcome, proxy_year, proxy_gbp, proxy_source, sdg_targets, criteria,
 * deadweight, displacement, attribution, drop_off, benefit_years, local_weight}. One row per measure
 * and proxy year: a measure with proxies for several years repeats its code on further rows, which
 * give only the proxy columns (other columns empty or identical). Lists ({@code sdg_targets},
 * {@code criteria}) are separated by {@code ;}; a criterion is {@code framework-key:criterion-id}
 * ({@code ppn-06-20:MAC 2.2}). Fractions are written 0 to 1. The catalogue's name and edition come
 * with the request ({@link Metadata}).
 */
public final class CsvCatalogueReader {

    /** The columns a catalogue file may have. */
    public static final List<String> COLUMNS = List.of("code", "theme", "outcome", "title", "unit", "proxy_year", "proxy_gbp",
            "proxy_source", "sdg_targets", "criteria", "deadweight", "displacement", "attribution", "drop_off", "benefit_years",
            "local_weight");
    private static final Set<String> PROXY_COLUMNS = Set.of("proxy_year", "proxy_gbp", "proxy_source");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    private static final Pattern LIBRARY_LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    /** The catalogue's metadata a CSV file cannot carry, sent with the request. */
    public record Metadata(String name, String edition, boolean illustrative, String attribution, List<String> sources) {
    }

    /** One CSV record: the physical line it starts on and its fields. */
    record Row(int line, List<String> fields) {
    }

    private CsvCatalogueReader() {
    }

    public static CatalogueDefinition read(String text, Metadata metadata) {
        JsonCatalogueReader.refuseTooLarge(text);
        Validation validation = new Validation();
        String name = validation.field("name", () -> Validation.requireText(metadata.name(), "name", 200));
        String edition = validation.field("edition", () -> Validation.requireText(metadata.edition(), "edition", 100));
        List<Row> rows = rows(text == null ? "" : text, validation);
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported.");
        if (rows.isEmpty()) {
            throw CatalogueService.invalid(List.of(new FieldError("lines[1]", "line 1: the file is empty: a header line is required")));
        }
        Row header = rows.get(0);
        Map<String, Integer> columns = columns(header, validation);
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported; the header is wrong.");
        Measures measures = new Measures(columns);
        if (rows.size() == 1) {
            validation.reject("lines[" + header.line() + "]", "line " + header.line() + ": the file has a header but no measure");
        }
        for (Row row : rows.subList(1, rows.size())) {
            String place = "lines[" + row.line() + "]";
            String at = "line " + row.line() + ": ";
            if (row.fields().size() != header.fields().size()) {
                validation.reject(place, at + "has " + row.fields().size() + " fields; the header has " + header.fields().size());
                continue;
            }
            Map<String, String> values = new HashMap<>();
            columns.forEach((column, index) -> values.put(column, row.fields().get(index).strip()));
            Validation rowErrors = new Validation();
            values.forEach((column, value) -> {
                String problem = ImportedText.problem(value);
                if (problem != null) {
                    rowErrors.reject(column, column + " " + problem);
                }
            });
            if (rowErrors.ok()) {
                measures.add(values, row.line(), rowErrors);
            }
            for (FieldError error : rowErrors.errors()) {
                validation.reject(place + (error.field().isEmpty() ? "" : "." + error.field()), at + error.message());
            }
        }
        if (measures.byKey.size() > Catalogue.MAX_MEASURES) {
            validation.reject("body", "a catalogue has at most " + Catalogue.MAX_MEASURES + " measures");
        }
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported; every "
                + "problem is listed with its line.");
        Map<String, String> places = new HashMap<>();
        measures.byKey.forEach((key, measure) -> places.put(measure.code(), measures.places.get(key)));
        return new CatalogueDefinition(name, edition, metadata.illustrative(), metadata.attribution(), metadata.sources(),
                Adjustments.NONE, List.copyOf(measures.byKey.values()), places);
    }

    private static Map<String, Integer> columns(Row header, Validation validation) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        String place = "lines[" + header.line() + "]";
        String at = "line " + header.line() + ": ";
        for (int i = 0; i < header.fields().size(); i++) {
            String column = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                validation.reject(place, at + "unknown column '" + column + "' (known: " + String.join(", ", COLUMNS) + ")");
            } else if (columns.putIfAbsent(column, i) != null) {
                validation.reject(place, at + "column '" + column + "' appears twice");
            }
        }
        for (String required : List.of("code", "title", "unit")) {
            if (!columns.containsKey(required)) {
                validation.reject(place, at + "the column '" + required + "' is required");
            }
        }
        return columns;
    }

    /** The measures read so far, keyed by their code ignoring case, with the line of each one's first row. */
    private static final class Measures {
        private final Map<String, Integer> columns;
        private final Map<String, Measure> byKey = new LinkedHashMap<>();
        private final Map<String, String> places = new HashMap<>();
        private final Map<String, Map<String, String>> firstRows = new HashMap<>();

        Measures(Map<String, Integer> columns) {
            this.columns = columns;
        }

        void add(Map<String, String> values, int line, Validation rowErrors) {
            String code = values.getOrDefault("code", "");
            if (code.isEmpty()) {
                rowErrors.reject("code", "code is required");
                return;
            }
            String key = code.toLowerCase(Locale.ROOT);
            ProxyValue proxy = proxy(values, rowErrors);
            if (byKey.containsKey(key)) {
                further(key, code, values, proxy, rowErrors);
                return;
            }
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
                    byKey.put(key, measure);
                    places.put(key, "line " + line);
                    firstRows.put(key, values);
                }
            }
        }

        /** A further row of a measure: only proxy columns, a year not given before. */
        private void further(String key, String code, Map<String, String> values, ProxyValue proxy, Validation rowErrors) {
            Measure earlier = byKey.get(key);
            Map<String, String> first = firstRows.get(key);
            for (String column : columns.keySet()) {
                if (!PROXY_COLUMNS.contains(column) && !values.get(column).isEmpty() && !values.get(column).equals(first.get(column))) {
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
                byKey.put(key, earlier.withProxy(proxy));
            }
        }
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
        for (String target : list(values.get("sdg_targets"))) {
            if (!target.matches(Measure.SDG_PATTERN)) {
                errors.reject("sdg_targets", "an SDG target looks like 8.5, 4.a or 13: " + target);
            }
        }
        errors.field("criteria", () -> links(values.get("criteria")));
    }

    private static ProxyValue proxy(Map<String, String> values, Validation errors) {
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

    private static List<String> list(String text) {
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

    private static List<CriterionLink> links(String text) {
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

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + text.strip());
        }
    }

    private static Integer whole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number: " + text.strip());
        }
    }

    /**
     * The records of the text, each with the line it starts on. Comment lines before the header are
     * skipped here; Commons CSV reads the rest. A syntax error is recorded with its line.
     */
    static List<Row> rows(String text, Validation validation) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int start = 0;
        int skippedLines = 0;
        while (start < csv.length() && csv.charAt(start) == '#') {
            int end = csv.indexOf('\n', start);
            start = end < 0 ? csv.length() : end + 1;
            skippedLines++;
        }
        String body = csv.substring(start);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), FORMAT)) {
            LineIndex lines = new LineIndex(body);
            for (CSVRecord record : parser) {
                rows.add(new Row(skippedLines + lines.lineAt(record.getCharacterPosition()), record.toList()));
            }
        } catch (IOException | UncheckedIOException e) {
            String message = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause().getMessage() : e.getMessage();
            Matcher at = LIBRARY_LINE.matcher(message == null ? "" : message);
            int line = skippedLines + (at.find() ? Integer.parseInt(at.group(1)) : 1);
            validation.reject("lines[" + line + "]", "line " + line + ": " + syntax(message));
        }
        return rows;
    }

    /** The library's account of a syntax error, in the words of this format's documentation. */
    private static String syntax(String message) {
        if (message == null) {
            return "not CSV";
        }
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field is not closed";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "text after a closing quote";
        }
        return message;
    }

    /**
     * Line numbers (1-based) of records' character positions in a text. Commons CSV gives a record
     * after skipped blank lines the position of the first blank line, so line breaks at the position
     * are passed over to reach the line the record is on.
     */
    private static final class LineIndex {
        private final List<Long> starts = new ArrayList<>();
        private final String text;

        LineIndex(String text) {
            this.text = text;
            starts.add(0L);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1L);
                }
            }
        }

        int lineAt(long recordPosition) {
            long position = recordPosition;
            while (position < text.length() && (text.charAt((int) position) == '\n' || text.charAt((int) position) == '\r')) {
                position++;
            }
            int low = 0;
            int high = starts.size() - 1;
            while (low < high) {
                int mid = (low + high + 1) >>> 1;
                if (starts.get(mid) <= position) {
                    low = mid;
                } else {
                    high = mid - 1;
                }
            }
            return low + 1;
        }
    }
}
