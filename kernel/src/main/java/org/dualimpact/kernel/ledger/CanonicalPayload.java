package org.dualimpact.kernel.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.dualimpact.kernel.ledger.ContributionCorrected.Correction;
import org.dualimpact.kernel.spo.ContributionType;

/**
 * The one place where a typed {@link EntryPayload} becomes the canonical {@code key=value} payload and
 * back. Keys: a recording has {@code contributionType quantity unit [value] measureCode territory
 * deliveryDate [commitmentLine] [evidenceHash evidenceName] [description]}; a confirmation {@code ref};
 * a dispute {@code ref reason}; a correction {@code ref correction [quantity] [value] reason}. Numbers
 * are plain decimals, dates ISO. Reading refuses unknown keys and any value that would not be written
 * back exactly as read, so a payload read and written again hashes the same.
 */
public final class CanonicalPayload {

    private CanonicalPayload() {
    }

    /** The canonical payload of a typed one, keys sorted. */
    public static SortedMap<String, String> write(EntryPayload payload) {
        TreeMap<String, String> out = new TreeMap<>();
        if (payload instanceof ContributionRecorded r) {
            out.put("contributionType", r.contributionType().name());
            out.put("quantity", r.quantity().toPlainString());
            out.put("unit", r.unit());
            put(out, "value", r.value());
            out.put("measureCode", r.measureCode());
            out.put("territory", r.territory());
            out.put("deliveryDate", r.deliveryDate().toString());
            put(out, "commitmentLine", r.commitmentLine() == null ? null : r.commitmentLine().toString());
            put(out, "evidenceHash", r.evidenceHash());
            put(out, "evidenceName", r.evidenceName());
            put(out, "description", r.descriptionCommitment());
        } else if (payload instanceof ContributionConfirmed c) {
            out.put("ref", Long.toString(c.contribution()));
        } else if (payload instanceof ContributionDisputed d) {
            out.put("ref", Long.toString(d.contribution()));
            put(out, "reason", d.reasonCommitment());
        } else if (payload instanceof ContributionCorrected c) {
            out.put("ref", Long.toString(c.contribution()));
            out.put("correction", c.correction().name());
            put(out, "quantity", c.quantity());
            put(out, "value", c.value());
            put(out, "reason", c.reasonCommitment());
        }
        return out;
    }

    /** Reads a canonical payload of an entry of the given type. */
    public static EntryPayload read(EntryType type, Map<String, String> canonical) {
        Fields f = new Fields(canonical);
        EntryPayload payload = switch (type) {
            case CONTRIBUTION_RECORDED -> new ContributionRecorded(ContributionType.valueOf(f.required("contributionType")),
                    f.decimal("quantity"), f.required("unit"), f.decimal("value"), f.required("measureCode"),
                    f.required("territory"), f.date("deliveryDate"), f.line("commitmentLine"), f.optional("evidenceHash"),
                    f.optional("evidenceName"), f.optional("description"));
            case CONTRIBUTION_CONFIRMED -> new ContributionConfirmed(f.ref());
            case CONTRIBUTION_DISPUTED -> new ContributionDisputed(f.ref(), f.optional("reason"));
            case CONTRIBUTION_CORRECTED -> new ContributionCorrected(f.ref(),
                    Correction.valueOf(f.required("correction")), f.decimal("quantity"), f.decimal("value"),
                    f.optional("reason"));
        };
        if (!f.unread.isEmpty()) {
            throw new IllegalArgumentException("a " + type + " payload has no field(s) " + f.unread.keySet());
        }
        return payload;
    }

    /**
     * An ISO date ({@code 2026-05-20}), read by hand in the usual case (readers of figures read one per
     * entry); anything else goes to {@link LocalDate#parse}, which accepts or refuses it as always.
     */
    public static LocalDate date(String text) {
        if (text != null && text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static void put(Map<String, String> out, String key, BigDecimal value) {
        if (value != null) {
            out.put(key, value.toPlainString());
        }
    }

    /** The fields of a payload being read; what is left unread at the end is unknown. */
    private static final class Fields {
        final Map<String, String> unread;

        Fields(Map<String, String> canonical) {
            unread = new HashMap<>(canonical);
        }

        String optional(String key) {
            return unread.remove(key);
        }

        String required(String key) {
            String value = unread.remove(key);
            if (value == null) {
                throw new IllegalArgumentException("the payload has no " + key);
            }
            return value;
        }

        BigDecimal decimal(String key) {
            String text = optional(key);
            return text == null ? null : exact(key, text, new BigDecimal(text).toPlainString(), new BigDecimal(text));
        }

        LocalDate date(String key) {
            String text = required(key);
            LocalDate date = CanonicalPayload.date(text);
            return exact(key, text, date.toString(), date);
        }

        Integer line(String key) {
            String text = optional(key);
            return text == null ? null : exact(key, text, Integer.toString(Integer.parseInt(text)), Integer.parseInt(text));
        }

        long ref() {
            String text = required("ref");
            long ref = Long.parseLong(text);
            return exact("ref", text, Long.toString(ref), ref);
        }

        private static <T> T exact(String key, String text, String written, T value) {
            if (!written.equals(text)) {
                throw new IllegalArgumentException(key + " '" + text + "' is not in canonical form ('" + written + "')");
            }
            return value;
        }
    }
}
