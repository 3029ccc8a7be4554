package org.dualimpact.console.spo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.dualimpact.console.Inputs;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Frequency;
import org.dualimpact.kernel.spo.SkillLevel;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoDrafting;

/**
 * The SPO form exactly as typed (so it is shown again after a refusal, losing nothing), and its parsing
 * into the kernel's {@link SpoDrafting.ContentRequest} at the boundary: numbers and dates that do not
 * parse become field errors here; every other rule is the kernel's. Lines whose type is left empty are
 * unused; the form always offers at least {@link #MIN_LINES} lines, so it works without JavaScript.
 */
public record SpoForm(String title, String summary, String providers, String provisions, String territory,
        List<Line> lines, String version) {

    public static final int MIN_LINES = 3;
    private static final Pattern KERNEL_LINE = Pattern.compile("commitments\\[(\\d+)\\]");

    /** One commitment line as typed. */
    public record Line(String type, String quantity, String unit, String value, String skillLevel, String measureCode,
            String start, String end, String frequency) {

        static final Line EMPTY = new Line("", "", "", "", "", "", "", "", "");

        boolean used() {
            return !type.isBlank();
        }
    }

    /** A new SPO for the provision of a provider, in the territory given. */
    public static SpoForm forProvision(String provider, String provision, String territory) {
        return new SpoForm("", "", provider, provision, territory, padded(List.of()), "");
    }

    /** The form of an SPO's current content and version, for editing. */
    public static SpoForm of(SpoContent content, long version) {
        List<Line> lines = content.commitments().stream().map(SpoForm::line).toList();
        return new SpoForm(content.title(), content.summary() == null ? "" : content.summary(),
                String.join(",", content.providers().stream().map(p -> p.value()).sorted().toList()),
                String.join(",", content.provisions().stream().map(p -> p.value()).sorted().toList()),
                content.territory(), padded(lines), String.valueOf(version));
    }

    public static SpoForm from(HttpServletRequest request) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; request.getParameter("commitments[" + i + "].type") != null && i < SpoContent.MAX_COMMITMENTS; i++) {
            String prefix = "commitments[" + i + "].";
            lines.add(new Line(Inputs.text(request, prefix + "type"), Inputs.text(request, prefix + "quantity"), Inputs.text(request, prefix + "unit"),
                    Inputs.text(request, prefix + "value"), Inputs.text(request, prefix + "skillLevel"), Inputs.text(request, prefix + "measureCode"),
                    Inputs.text(request, prefix + "start"), Inputs.text(request, prefix + "end"), Inputs.text(request, prefix + "frequency")));
        }
        return new SpoForm(Inputs.text(request, "title"), Inputs.text(request, "summary"), Inputs.text(request, "providers"),
                Inputs.text(request, "provisions"), Inputs.text(request, "territory"), padded(lines), Inputs.text(request, "version"));
    }

    /** The same form expecting another version (after a conflict, to apply the input over the newer SPO). */
    public SpoForm withVersion(long newVersion) {
        return new SpoForm(title, summary, providers, provisions, territory, lines, String.valueOf(newVersion));
    }

    /** What the kernel takes; the parsing errors are added to {@code errors}. */
    public SpoDrafting.ContentRequest request(List<FieldError> errors) {
        if (title.isBlank()) {
            errors.add(new FieldError("title", "Enter a title"));
        }
        List<SpoDrafting.CommitmentRequest> commitments = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.used()) {
                commitments.add(commitment(line, "commitments[" + i + "]", errors));
            }
        }
        if (commitments.isEmpty()) {
            errors.add(new FieldError("commitments[0]", "Choose the type of at least one commitment line"));
        }
        return new SpoDrafting.ContentRequest(title, summary.isBlank() ? null : summary, list(providers), list(provisions),
                territory, commitments);
    }

    /**
     * The form's name of a field the kernel named: the kernel counts only the used lines, so its
     * {@code commitments[k]} is the k-th used line of the form.
     */
    public FieldError onForm(FieldError error) {
        Matcher matcher = KERNEL_LINE.matcher(error.field());
        if (!matcher.lookingAt()) {
            return error;
        }
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).used()) {
                used.add(i);
            }
        }
        int k = Integer.parseInt(matcher.group(1));
        return k < used.size() ? new FieldError("commitments[" + used.get(k) + "]" + error.field().substring(matcher.end()),
                error.message()) : error;
    }

    private static SpoDrafting.CommitmentRequest commitment(Line line, String field, List<FieldError> errors) {
        return new SpoDrafting.CommitmentRequest(choice(ContributionType.class, line.type(), field, "Choose the type", errors),
                Inputs.number(line.quantity(), field + ".quantity", "Enter the quantity as a number, like 40", errors),
                line.unit().isBlank() ? null : line.unit(),
                Inputs.number(line.value(), field + ".value", "Enter the value in pounds as a number, like 1500", errors),
                line.skillLevel().isBlank() ? null : choice(SkillLevel.class, line.skillLevel(), field + ".skillLevel",
                        "Choose the skill level", errors),
                line.measureCode(), null, null,
                Inputs.date(line.start(), field + ".start", "Enter the start date as year-month-day, like 2027-01-31", errors),
                Inputs.date(line.end(), field + ".end", "Enter the end date as year-month-day, like 2027-12-31", errors),
                choice(Frequency.class, line.frequency(), field + ".frequency", "Choose how often it is delivered", errors));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, String message,
            List<FieldError> errors) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    private static Line line(Commitment c) {
        return new Line(c.type().name(), c.type() == ContributionType.FINANCIAL ? "" : c.quantity().toPlainString(),
                c.type() == ContributionType.IN_KIND ? c.unit() : "", c.value() == null ? "" : c.value().amount().toPlainString(),
                c.skillLevel() == null ? "" : c.skillLevel().name(), c.measureCode(), c.start().toString(), c.end().toString(),
                c.frequency().name());
    }

    private static List<Line> padded(List<Line> lines) {
        List<Line> all = new ArrayList<>(lines);
        while (all.size() < MIN_LINES || all.stream().noneMatch(l -> !l.used()) && all.size() < SpoContent.MAX_COMMITMENTS) {
            all.add(Line.EMPTY);
        }
        return List.copyOf(all);
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
