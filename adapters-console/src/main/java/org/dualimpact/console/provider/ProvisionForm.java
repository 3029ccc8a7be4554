package org.dualimpact.console.provider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.dualimpact.console.Inputs;
import org.dualimpact.kernel.provision.NeedType;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.shared.FieldError;

/**
 * The form a provider publishes or edits a provision with (an edit with the version it read), exactly as
 * typed (shown again after a refusal, losing nothing), and its parsing into the kernel's {@link ProvisionService.PublishRequest}: numbers that do not
 * parse and a need without a type are refused here; every other rule is the kernel's. A need whose type is
 * left empty is unused; the form always offers at least {@link #MIN_NEEDS} needs, and "Add another need"
 * shows it again with one more, so it works without JavaScript.
 */
public record ProvisionForm(String title, String summary, List<String> territories, String outcomes, List<NeedLine> needs,
        String capacity, String version) {

    public static final int MIN_NEEDS = 3;
    static final int MAX_NEEDS = 20;
    private static final Pattern KERNEL_NEED = Pattern.compile("needs\\[(\\d+)\\]");
    /** The inputs of a need, as the kernel's messages name them ("need quantity must be more than 0"). */
    private static final List<String> NEED_INPUTS = List.of("description", "quantity", "unit", "skills");

    /** One need as typed. */
    public record NeedLine(String type, String description, String quantity, String unit, String skills) {

        static final NeedLine EMPTY = new NeedLine("", "", "", "", "");

        boolean used() {
            return !type.isBlank();
        }
    }

    /** An empty form; the territories are ticked when the provider serves only one. */
    public static ProvisionForm empty(List<String> served) {
        return new ProvisionForm("", "", served.size() == 1 ? served : List.of(), "", padded(List.of()), "", "");
    }

    /** The form of a provision as it stands, at its version, for its provider to edit. */
    public static ProvisionForm of(Provision provision) {
        List<NeedLine> needs = provision.needs().stream().map(n -> new NeedLine(n.type().name(), n.description(),
                n.quantity() == null ? "" : n.quantity().stripTrailingZeros().toPlainString(),
                n.type() == NeedType.IN_KIND && n.unit() != null ? n.unit() : "", n.skills() == null ? "" : n.skills()))
                .toList();
        return new ProvisionForm(provision.title(), provision.summary() == null ? "" : provision.summary(),
                provision.territories().stream().sorted().toList(), String.join(", ", provision.outcomes().stream().sorted().toList()),
                padded(needs), provision.capacity().map(String::valueOf).orElse(""), String.valueOf(provision.version()));
    }

    public static ProvisionForm from(HttpServletRequest request) {
        List<NeedLine> needs = new ArrayList<>();
        for (int i = 0; request.getParameter("needs[" + i + "].type") != null && i < MAX_NEEDS; i++) {
            String prefix = "needs[" + i + "].";
            needs.add(new NeedLine(Inputs.text(request, prefix + "type"), Inputs.text(request, prefix + "description"),
                    Inputs.text(request, prefix + "quantity"), Inputs.text(request, prefix + "unit"),
                    Inputs.text(request, prefix + "skills")));
        }
        String[] territories = request.getParameterValues("territories");
        return new ProvisionForm(Inputs.text(request, "title"), Inputs.text(request, "summary"),
                territories == null ? List.of() : Arrays.stream(territories).map(String::strip).distinct().toList(),
                Inputs.text(request, "outcomes"), padded(needs), Inputs.text(request, "capacity"),
                Inputs.text(request, "version"));
    }

    /** The same form with one more empty need (up to the limit), for "Add another need". */
    public ProvisionForm withAnotherNeed() {
        List<NeedLine> more = new ArrayList<>(needs);
        if (more.size() < MAX_NEEDS) {
            more.add(NeedLine.EMPTY);
        }
        return new ProvisionForm(title, summary, territories, outcomes, List.copyOf(more), capacity, version);
    }

    /** The same form expecting another version (after a conflict, to apply the input over the newer provision). */
    public ProvisionForm withVersion(long newer) {
        return new ProvisionForm(title, summary, territories, outcomes, needs, capacity, String.valueOf(newer));
    }



    /** Whether the territory is ticked. */
    public boolean ticks(String territory) {
        return territories.contains(territory);
    }

    /** What the kernel takes; the parsing errors are added to {@code errors}. */
    public ProvisionService.PublishRequest request(List<FieldError> errors) {
        if (title.isBlank()) {
            errors.add(new FieldError("title", "Enter a title"));
        }
        if (territories.isEmpty()) {
            errors.add(new FieldError("territories", "Choose at least one territory the provision serves"));
        }
        List<ProvisionService.NeedRequest> requests = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            NeedLine need = needs.get(i);
            if (need.used()) {
                requests.add(need(need, "needs[" + i + "]", errors));
            }
        }
        if (requests.isEmpty()) {
            errors.add(new FieldError("needs[0]", "Choose the type of at least one need"));
        }
        Integer places = null;
        if (!capacity.isBlank()) {
            try {
                places = Integer.valueOf(capacity.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("capacity", "Enter the capacity as a whole number, like 30"));
            }
        }
        return new ProvisionService.PublishRequest(title, summary.isBlank() ? null : summary, new LinkedHashSet<>(territories),
                new LinkedHashSet<>(Arrays.stream(outcomes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()),
                requests, places);
    }

    /**
     * The form's name of a field the kernel named. The kernel counts only the used needs, so its
     * {@code needs[k]} is the k-th used need of the form; and it names the whole need, so the input the
     * message is about ("need description is required") is found from the message.
     */
    public FieldError onForm(FieldError error) {
        Matcher matcher = KERNEL_NEED.matcher(error.field());
        if (!matcher.lookingAt()) {
            return error;
        }
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            if (needs.get(i).used()) {
                used.add(i);
            }
        }
        int k = Integer.parseInt(matcher.group(1));
        if (k >= used.size()) {
            return error;
        }
        String rest = error.field().substring(matcher.end());
        if (rest.isEmpty()) {
            rest = NEED_INPUTS.stream().filter(input -> error.message().startsWith("need " + input)).findFirst()
                    .map(input -> "." + input).orElse("");
        }
        return new FieldError("needs[" + used.get(k) + "]" + rest, error.message());
    }

    private static ProvisionService.NeedRequest need(NeedLine need, String field, List<FieldError> errors) {
        NeedType type = null;
        try {
            type = NeedType.valueOf(need.type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "Choose money, in kind or volunteering"));
        }
        return new ProvisionService.NeedRequest(type, need.description(),
                Inputs.number(need.quantity(), field + ".quantity", "Enter the quantity as a number, like 120", errors),
                need.unit().isBlank() ? null : need.unit(), need.skills().isBlank() ? null : need.skills());
    }

    private static List<NeedLine> padded(List<NeedLine> needs) {
        List<NeedLine> all = new ArrayList<>(needs);
        while (all.size() < MIN_NEEDS || all.stream().allMatch(NeedLine::used) && all.size() < MAX_NEEDS) {
            all.add(NeedLine.EMPTY);
        }
        return List.copyOf(all);
    }
}
