package org.dualimpact.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.Catalogue;
import org.dualimpact.kernel.catalogue.CatalogueDefinition;
import org.dualimpact.kernel.catalogue.CatalogueService;
import org.dualimpact.kernel.catalogue.CriterionLink;
import org.dualimpact.kernel.catalogue.Measure;
import org.dualimpact.kernel.catalogue.ProxyValue;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * Reads a measures catalogue from JSON: {@code {"name", "edition", "illustrative", "attribution",
 * "sources": [..], "defaults": {"deadweight", "displacement", "attribution", "dropOff"}, "measures":
 * [{"code", "theme", "outcome", "title", "unit", "proxies": [{"year", "gbpPerUnit", "source"}],
 * "sdgTargets": [..], "criteria": [{"framework", "criterion"}], "deadweight", "displacement",
 * "attribution", "dropOff", "benefitYears", "localWeight"}]}}. Unknown members are refused. Nothing is
 * half-imported: every problem is named by its path and the line of its object
 * ({@code measures[1].dropOff}: {@code line 5: …}).
 */
public final class JsonCatalogueReader {

    /** Largest catalogue file accepted, in characters. */
    public static final int MAX_CHARS = 5_000_000;

    private static final Set<String> ROOT = Set.of("name", "edition", "illustrative", "attribution", "sources", "defaults",
            "measures");
    private static final Set<String> MEASURE = Set.of("code", "theme", "outcome", "title", "unit", "proxies", "sdgTargets",
            "criteria", "deadweight", "displacement", "attribution", "dropOff", "benefitYears", "localWeight");
    private static final Set<String> PROXY = Set.of("year", "gbpPerUnit", "source");
    private static final Set<String> LINK = Set.of("framework", "criterion");
    private static final Set<String> ADJUSTMENTS = Set.of("deadweight", "displacement", "attribution", "dropOff");
    private static final List<String> ADJUSTMENT_NAMES = List.of("deadweight", "displacement", "attribution", "dropOff");

    private final Validation validation = new Validation();
    private final JsonFields in;

    private JsonCatalogueReader(JsonDocument document) {
        this.in = new JsonFields(validation, document, true);
    }

    public static CatalogueDefinition read(String text) {
        refuseTooLarge(text);
        JsonDocument document = JsonDocument.read(text, "catalogue");
        return new JsonCatalogueReader(document).definition(document);
    }

    /** Refuses a catalogue file (either format) longer than {@link #MAX_CHARS}. */
    static void refuseTooLarge(String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "catalogue-too-large", "A catalogue file is at most "
                    + MAX_CHARS + " characters.", List.of(new FieldError("body", "longer than " + MAX_CHARS + " characters")));
        }
    }

    private CatalogueDefinition definition(JsonDocument document) {
        JsonObject file = in.object(document.root(), null, "body");
        if (file == null) {
            throw CatalogueService.invalid(List.of(new FieldError("body", "must be a JSON object")));
        }
        in.unknown(file, "", ROOT);
        String name = in.text(file, "name", "name", true, 200);
        String edition = in.text(file, "edition", "edition", true, 100);
        boolean illustrative = in.bool(file, "illustrative", "illustrative", false);
        String attribution = in.text(file, "attribution", "attribution", false, 2000);
        List<String> sources = in.strings(file, "sources", "sources", 1000);
        Adjustments defaults = Adjustments.NONE;
        if (JsonFields.present(file, "defaults")) {
            JsonObject d = in.object(file.get("defaults"), file, "defaults");
            if (d != null) {
                in.unknown(d, "defaults", ADJUSTMENTS);
                defaults = adjustments(d, "defaults");
            }
        }
        List<Measure> measures = new ArrayList<>();
        Map<String, String> places = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        JsonArray items = JsonFields.present(file, "measures") ? in.array(file.get("measures"), file, "measures") : null;
        if (!JsonFields.present(file, "measures")) {
            in.reject(file, "measures", "is required: a catalogue has at least one measure");
        } else if (items != null && items.isEmpty()) {
            in.reject(file, "measures", "a catalogue has at least one measure");
        }
        for (int i = 0; items != null && i < items.size(); i++) {
            String path = "measures[" + i + "]";
            JsonObject item = in.object(items.get(i), items, path);
            if (item == null) {
                continue;
            }
            int errorsBefore = validation.count();
            Measure measure = measure(item, path, seen);
            if (measure != null && validation.count() == errorsBefore) {
                measures.add(measure);
                places.put(measure.code(), path + " (line " + in.line(item) + ")");
            }
        }
        if (measures.size() > Catalogue.MAX_MEASURES) {
            validation.reject("measures", "a catalogue has at most " + Catalogue.MAX_MEASURES + " measures");
        }
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported; every "
                + "problem is listed with its place and line.");
        Adjustments fileDefaults = defaults;
        CatalogueDefinition definition = in.build(file, "body", () -> new CatalogueDefinition(name, edition, illustrative,
                attribution, sources, fileDefaults, measures, places));
        validation.throwIfInvalid("invalid-catalogue", "The catalogue cannot be imported: nothing was imported.");
        return definition;
    }

    private Measure measure(JsonObject item, String path, Map<String, String> seen) {
        in.unknown(item, path, MEASURE);
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
        List<ProxyValue> proxies = proxies(item, path);
        List<String> sdg = in.strings(item, "sdgTargets", path + ".sdgTargets", 10);
        for (String target : sdg) {
            if (!target.matches(Measure.SDG_PATTERN)) {
                in.reject(item, path + ".sdgTargets", "an SDG target looks like 8.5, 4.a or 13: " + target);
            }
        }
        List<CriterionLink> links = links(item, path);
        Adjustments adjustments = adjustments(item, path);
        Integer years = in.integer(item, "benefitYears", path + ".benefitYears", false, 1, 50);
        BigDecimal weight = in.number(item, "localWeight", path + ".localWeight", false);
        if (weight != null) {
            in.build(item, path + ".localWeight", () -> Measure.weight(weight));
        }
        if (!validation.ok()) {
            return null;
        }
        return in.build(item, path, () -> new Measure(code, theme, outcome, title, unit, proxies, sdg, links, adjustments,
                years, weight));
    }

    private Adjustments adjustments(JsonObject item, String path) {
        BigDecimal[] values = new BigDecimal[ADJUSTMENT_NAMES.size()];
        for (int k = 0; k < values.length; k++) {
            String name = ADJUSTMENT_NAMES.get(k);
            BigDecimal value = in.number(item, name, path + "." + name, false);
            if (value != null) {
                values[k] = in.build(item, path + "." + name, () -> Adjustments.fraction(value, name));
            }
        }
        return new Adjustments(values[0], values[1], values[2], values[3]);
    }

    private List<ProxyValue> proxies(JsonObject item, String path) {
        List<ProxyValue> proxies = new ArrayList<>();
        if (!JsonFields.present(item, "proxies")) {
            return proxies;
        }
        JsonArray list = in.array(item.get("proxies"), item, path + ".proxies");
        Map<Integer, String> years = new HashMap<>();
        for (int j = 0; list != null && j < list.size(); j++) {
            String place = path + ".proxies[" + j + "]";
            JsonObject proxy = in.object(list.get(j), item, place);
            if (proxy == null) {
                continue;
            }
            in.unknown(proxy, place, PROXY);
            Integer year = in.integer(proxy, "year", place + ".year", true, 1900, 2999);
            BigDecimal value = in.number(proxy, "gbpPerUnit", place + ".gbpPerUnit", true);
            String source = in.text(proxy, "source", place + ".source", true, 500);
            if (year != null && years.putIfAbsent(year, place) != null) {
                in.reject(proxy, place + ".year", "a second proxy for " + year + " (first at " + years.get(year) + ")");
                continue;
            }
            if (year != null && value != null && source != null) {
                ProxyValue made = in.build(proxy, place + ".gbpPerUnit", () -> new ProxyValue(year, value, source));
                if (made != null) {
                    proxies.add(made);
                }
            }
        }
        return proxies;
    }

    private List<CriterionLink> links(JsonObject item, String path) {
        List<CriterionLink> links = new ArrayList<>();
        if (!JsonFields.present(item, "criteria")) {
            return links;
        }
        JsonArray list = in.array(item.get("criteria"), item, path + ".criteria");
        for (int j = 0; list != null && j < list.size(); j++) {
            String place = path + ".criteria[" + j + "]";
            JsonObject link = in.object(list.get(j), item, place);
            if (link == null) {
                continue;
            }
            in.unknown(link, place, LINK);
            String framework = in.text(link, "framework", place + ".framework", true, 40);
            String criterion = in.text(link, "criterion", place + ".criterion", true, 40);
            if (framework != null && criterion != null) {
                CriterionLink made = in.build(link, place + ".framework", () -> new CriterionLink(framework, criterion));
                if (made != null && links.contains(made)) {
                    in.reject(link, place, "crosswalk link " + made + " given twice");
                } else if (made != null) {
                    links.add(made);
                }
            }
        }
        return links;
    }
}
