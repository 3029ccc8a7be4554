package org.dualimpact.kernel.rollup;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * What an operator asks of a roll-up run: incremental (the default) or a full rebuild, optionally
 * restricted to one month and/or one territory (a repair: those slices are recomputed whatever the
 * watermark says, and the watermark does not move).
 */
public record RollupRequest(boolean fullRebuild, Optional<YearMonth> month, Optional<String> territory) {

    /** The earliest month a roll-up may be asked for. */
    public static final YearMonth EARLIEST = YearMonth.of(2000, 1);

    public RollupRequest {
        month = month == null ? Optional.empty() : month;
        territory = territory == null ? Optional.empty() : territory;
    }

    public static RollupRequest incremental() {
        return new RollupRequest(false, Optional.empty(), Optional.empty());
    }

    /** True when only some slices are recomputed (month or territory given). */
    public boolean restricted() {
        return month.isPresent() || territory.isPresent();
    }

    /** What is asked beyond an incremental run, for messages: e.g. {@code ", full rebuild"}, {@code ", month 2026-03"}. */
    public String describe() {
        return (fullRebuild ? ", full rebuild" : "") + month.map(m -> ", month " + m).orElse("") + territory.map(t -> ", territory " + t).orElse("");
    }

    /**
     * Reads the job parameters {@code fullRebuild}, {@code month} and {@code territory} (each may be
     * null or blank). Refuses, naming the parameter and the value: anything but true/false for
     * fullRebuild; a month that is not {@code YYYY-MM}, before {@link #EARLIEST} or after the current
     * month; a territory that is not one of {@code known}.
     */
    public static RollupRequest parse(String fullRebuild, String month, String territory, Collection<String> known,
            YearMonth current) {
        Validation v = new Validation();
        boolean full = false;
        if (fullRebuild != null && !fullRebuild.isBlank()) {
            String value = fullRebuild.strip().toLowerCase(Locale.ROOT);
            v.require(value.equals("true") || value.equals("false"), "fullRebuild",
                    "job parameter fullRebuild=" + fullRebuild.strip() + " is neither true nor false");
            full = value.equals("true");
        }
        Optional<YearMonth> m = Optional.empty();
        if (month != null && !month.isBlank()) {
            String value = month.strip();
            YearMonth parsed = value.matches("[0-9]{4}-(0[1-9]|1[0-2])") ? YearMonth.parse(value) : null;
            if (parsed == null) {
                v.reject("month", "job parameter month=" + value + " is not a month: write YYYY-MM, e.g. " + current);
            } else if (parsed.isBefore(EARLIEST)) {
                v.reject("month", "job parameter month=" + value + " is before " + EARLIEST + ": the roll-up holds no earlier months");
            } else if (parsed.isAfter(current)) {
                v.reject("month", "job parameter month=" + value + " is after the current month " + current
                        + ": nothing is delivered in the future");
            } else {
                m = Optional.of(parsed);
            }
        }
        Optional<String> t = Optional.empty();
        if (territory != null && !territory.isBlank()) {
            String value = territory.strip();
            if (known.contains(value) || value.equals(Slice.UNKNOWN_TERRITORY)) {
                t = Optional.of(value);
            } else {
                String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
                v.reject("territory", "job parameter territory=" + shown + " names no known territory (" + known.size()
                        + " are known; GET /api/v1/territories lists their codes, e.g. E23000029)");
            }
        }
        v.throwIfInvalid("invalid-job-parameter", "The kpi-rollup job parameters are invalid.");
        if (full && (m.isPresent() || t.isPresent())) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-job-parameter",
                    "fullRebuild=true recomputes everything: do not combine it with month or territory.",
                    List.of(new FieldError("fullRebuild",
                            "not combined with month or territory")));
        }
        return new RollupRequest(full, m, t);
    }
}
