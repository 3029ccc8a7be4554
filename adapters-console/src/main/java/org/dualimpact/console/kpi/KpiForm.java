package org.dualimpact.console.kpi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.dualimpact.console.Inputs;
import org.dualimpact.kernel.rollup.KpiFilter;
import org.dualimpact.kernel.shared.FieldError;

/**
 * The figures page's GET form as typed, kept so the page shows it again: the filters of the roll-up
 * (territory, region, buyer, supplier, provider, measure, first and last month {@code YYYY-MM}) and what
 * to group by. Every field is optional; grouping is by month unless chosen.
 */
public record KpiForm(String territory, String region, String buyer, String supplier, String provider, String measure,
        String from, String to, String group) {

    public static final String FROM = "from";
    public static final String TO = "to";
    /** The message of the kernel's {@code invalid-range}, marked on {@code to}. */
    public static final String REVERSED = "Last month must be the same as or after the first month";

    public static KpiForm of(HttpServletRequest request) {
        return new KpiForm(Inputs.text(request, "territory"), Inputs.text(request, "region"), Inputs.text(request, "buyer"),
                Inputs.text(request, "supplier"), Inputs.text(request, "provider"), Inputs.text(request, "measure"),
                Inputs.text(request, FROM), Inputs.text(request, TO), Inputs.text(request, "group"));
    }

    /** The codes the form's lists offer (territories, regions, buyers, suppliers, providers): a code not among them is refused. */
    public record Known(Set<String> territories, Set<String> regions, Set<String> buyers, Set<String> suppliers,
            Set<String> providers) {
    }

    /** What {@link #parse} read: the kernel's filter and the grouping, valid only when {@code errors} is empty. */
    public record Parsed(KpiFilter filter, Grouping grouping, List<FieldError> errors) {
    }

    public Parsed parse(Known known) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> t = listed("territory", territory, known.territories(), "Choose a territory from the list", errors);
        Optional<String> r = listed("region", region, known.regions(), "Choose a region from the list", errors);
        Optional<String> b = listed("buyer", buyer, known.buyers(), "Choose a buyer from the list", errors);
        Optional<String> s = listed("supplier", supplier, known.suppliers(), "Choose a supplier from the list", errors);
        Optional<String> p = listed("provider", provider, known.providers(), "Choose a provider from the list", errors);
        Optional<String> m = code(measure, errors);
        Optional<YearMonth> first = month(FROM, from, errors);
        Optional<YearMonth> last = month(TO, to, errors);
        Optional<Grouping> grouping = Grouping.parse(group);
        if (grouping.isEmpty()) {
            errors.add(new FieldError("group", "Choose what to group the figures by"));
        }
        return new Parsed(new KpiFilter(t, r, b, s, p, m, first, last), grouping.orElse(Grouping.MONTH), List.copyOf(errors));
    }

    /** The form's fields as a query string ({@code territory=…&…&group=…}), for the links of this page. */
    public String query() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("territory", territory);
        fields.put("region", region);
        fields.put("buyer", buyer);
        fields.put("supplier", supplier);
        fields.put("provider", provider);
        fields.put("measure", measure);
        fields.put(FROM, from);
        fields.put(TO, to);
        fields.put("group", group);
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(name + "=" + URLEncoder.encode(value == null ? "" : value.strip(),
                StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    /** The link to where one group's figures come from. */
    public String sourcesLink(Grouping grouping, String key) {
        return "/kpis/sources?" + withGroup(grouping).query() + "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    /** The CSV of the filtered rows. */
    public String csvLink() {
        return "/kpis/csv?" + query();
    }

    /** The page's own link (the group kept as chosen). */
    public String pageLink() {
        return "/kpis?" + query();
    }

    private KpiForm withGroup(Grouping grouping) {
        return new KpiForm(territory, region, buyer, supplier, provider, measure, from, to, grouping.param());
    }

    /** The message of a month that does not parse. */
    static String unreadable(String field) {
        return (FROM.equals(field) ? "First month" : "Last month") + " must be a month written like 2026-03";
    }

    private static Optional<YearMonth> month(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            if (!text.strip().matches("[0-9]{4}-[0-9]{2}")) {
                throw new DateTimeParseException("not YYYY-MM", text, 0);
            }
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, unreadable(field)));
            return Optional.empty();
        }
    }

    private static Optional<String> listed(String field, String text, Set<String> known, String message,
            List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!known.contains(text.strip())) {
            errors.add(new FieldError(field, message));
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }

    private static Optional<String> code(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (!text.strip().matches("[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,59}")) {
            errors.add(new FieldError("measure", "Measure must be a code of letters, digits or . _ : / -, such as NT1"));
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }
}
