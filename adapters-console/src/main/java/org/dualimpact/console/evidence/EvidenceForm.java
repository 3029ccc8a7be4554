package org.dualimpact.console.evidence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.dualimpact.console.Inputs;
import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceDrafting;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.FieldError;

/**
 * The form a hub drafts or edits evidence with (an edit with the version it read), exactly as typed, so
 * a refusal shows it again losing nothing; and its parsing into the kernel's
 * {@link EvidenceDrafting.EvidenceRequest}. The period's dates are GOV.UK date inputs (day, month and
 * year apart); a date left empty, with a part missing, or that is not a real day is refused here, as
 * are an empty title, summary or method. Every other rule is the kernel's: the period has ended, each
 * provider is a registered community provider, each territory one the hub serves, the codes.
 */
public record EvidenceForm(String title, String summary, String method, DateInput periodFrom, DateInput periodTo,
        List<String> providers, List<String> territories, String outcomes, String measures, String version) {

    public static final String FROM = "periodFrom";
    public static final String TO = "periodTo";

    /** How the form names the kernel's fields: the labels its messages are marked with. */
    public static final Map<String, String> LABELS = Map.of("title", "Title", "summary", "Summary", "method", "Method",
            FROM, "Start of the period", TO, "End of the period", "providers", "Community providers",
            "territories", "Territories", "outcomes", "Outcome codes", "measures", "Measure codes");

    /** A GOV.UK date input as typed: day, month and year apart. */
    public record DateInput(String day, String month, String year) {

        static final DateInput EMPTY = new DateInput("", "", "");

        static DateInput of(LocalDate date) {
            return new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                    String.valueOf(date.getYear()));
        }

        /**
         * The date, or null with an error added: {@code what} names it in the message ("the period starts").
         * Empty is "Enter …"; a part missing is named; anything else that is not a real day (31 February,
         * letters, a year not of four digits) is "must be a real date".
         */
        LocalDate parse(String field, String what, List<FieldError> errors) {
            boolean noDay = day.isBlank();
            boolean noMonth = month.isBlank();
            boolean noYear = year.isBlank();
            if (noDay && noMonth && noYear) {
                errors.add(new FieldError(field, "Enter the date " + what));
                return null;
            }
            if (noDay || noMonth || noYear) {
                List<String> missing = new java.util.ArrayList<>();
                if (noDay) {
                    missing.add("a day");
                }
                if (noMonth) {
                    missing.add("a month");
                }
                if (noYear) {
                    missing.add("a year");
                }
                errors.add(new FieldError(field, "The date " + what + " must include " + String.join(" and ", missing)));
                return null;
            }
            try {
                if (!year.strip().matches("\\d{4}") || !day.strip().matches("\\d{1,2}") || !month.strip().matches("\\d{1,2}")) {
                    throw new DateTimeException("not numbers");
                }
                return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            } catch (DateTimeException e) {
                errors.add(new FieldError(field, "The date " + what + " must be a real date, like 31 3 2025"));
                return null;
            }
        }
    }

    /** An empty form; the territory is ticked when the hub serves only one. */
    public static EvidenceForm empty(List<String> served) {
        return new EvidenceForm("", "", "", DateInput.EMPTY, DateInput.EMPTY, List.of(),
                served.size() == 1 ? served : List.of(), "", "", "");
    }

    /** The form of a piece of evidence as it stands, at its version, for its hub to edit. */
    public static EvidenceForm of(Evidence evidence) {
        Evidence.Content c = evidence.content();
        return new EvidenceForm(c.title(), c.summary(), c.method(), DateInput.of(c.periodFrom()), DateInput.of(c.periodTo()),
                c.providers().stream().map(OrganisationId::value).sorted().toList(), c.territories().stream().sorted().toList(),
                String.join(", ", c.outcomes().stream().sorted().toList()), String.join(", ", c.measures().stream().sorted().toList()),
                String.valueOf(evidence.version()));
    }

    public static EvidenceForm from(HttpServletRequest request) {
        return of(name -> Inputs.text(request, name), name -> {
            String[] values = request.getParameterValues(name);
            return values == null ? List.of() : Arrays.asList(values);
        });
    }

    /** The form from its fields: {@code text} reads one field, {@code ticked} the values of a group of checkboxes. */
    static EvidenceForm of(Function<String, String> text, Function<String, List<String>> ticked) {
        Function<String, DateInput> date = field -> new DateInput(text.apply(field + "-day"), text.apply(field + "-month"),
                text.apply(field + "-year"));
        return new EvidenceForm(text.apply("title"), text.apply("summary"), text.apply("method"), date.apply(FROM),
                date.apply(TO), ticked.apply("providers").stream().map(String::strip).distinct().toList(),
                ticked.apply("territories").stream().map(String::strip).distinct().toList(), text.apply("outcomes"),
                text.apply("measures"), text.apply("version"));
    }

    /** The same form expecting another version (after a conflict, to apply the input over the newer evidence). */
    public EvidenceForm withVersion(long newer) {
        return new EvidenceForm(title, summary, method, periodFrom, periodTo, providers, territories, outcomes, measures,
                String.valueOf(newer));
    }

    public boolean ticksProvider(String provider) {
        return providers.contains(provider);
    }

    public boolean ticksTerritory(String territory) {
        return territories.contains(territory);
    }

    /** What the kernel takes; the parsing errors are added to {@code errors}, in the order of the form. */
    public EvidenceDrafting.EvidenceRequest request(List<FieldError> errors) {
        if (title.isBlank()) {
            errors.add(new FieldError("title", "Enter a title"));
        }
        if (summary.isBlank()) {
            errors.add(new FieldError("summary", "Enter a summary of what the evidence shows"));
        }
        if (method.isBlank()) {
            errors.add(new FieldError("method", "Enter the method: how the evidence was gathered"));
        }
        LocalDate from = periodFrom.parse(FROM, "the period starts", errors);
        LocalDate to = periodTo.parse(TO, "the period ends", errors);
        return new EvidenceDrafting.EvidenceRequest(title, summary, method, from, to, new LinkedHashSet<>(providers),
                new LinkedHashSet<>(territories), codes(outcomes), codes(measures));
    }

    /** Comma-separated codes, each stripped; empty ones left out. */
    static Set<String> codes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : text.split(",")) {
            if (!code.isBlank()) {
                codes.add(code.strip());
            }
        }
        return codes;
    }
}
