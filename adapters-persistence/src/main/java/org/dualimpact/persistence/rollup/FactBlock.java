package org.dualimpact.persistence.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.dualimpact.kernel.rollup.ContributionFact;
import org.dualimpact.kernel.rollup.FactKind;

/**
 * The text of one row of {@code ROLLUP_FACT_BLOCK}: the facts of one slice among the ledger entries of
 * one write, in sequence order. A fact is a record of fields
 * {@code seq, contribution, kind, agreement, deliveryDate, measure, unit, quantity, value}; the territory
 * is the row's. Records end with RS ({@code U+001E}) and fields with US ({@code U+001F}), control
 * characters that need no escape in PostgreSQL's COPY text. In a text field, a backslash, RS and US are
 * written {@code \\}, {@code \r} and {@code \f}, and {@code \N} alone is null; a number left empty is
 * null (a follow-up's quantity and value), so a usual block holds no backslash for COPY to escape.
 */
final class FactBlock {

    private static final char FIELD = '\u001F';
    private static final char RECORD = '\u001E';
    private static final int FIELDS = 9;

    private FactBlock() {
    }

    /** The facts (placed, of one slice), as written. */
    static String encode(List<ContributionFact> facts) {
        StringBuilder out = new StringBuilder(facts.size() * 72);
        for (ContributionFact f : facts) {
            out.append(f.sequence()).append(FIELD).append(f.contribution()).append(FIELD).append(f.kind().name()).append(FIELD);
            text(out, f.agreement());
            out.append(f.deliveryDate()).append(FIELD);
            text(out, f.measure());
            text(out, f.unit());
            number(out, f.quantity());
            number(out, f.value());
            out.setCharAt(out.length() - 1, RECORD);
        }
        return out.toString();
    }

    private static void text(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N").append(FIELD);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case RECORD -> out.append("\\r");
                case FIELD -> out.append("\\f");
                default -> out.append(c);
            }
        }
        out.append(FIELD);
    }

    private static void number(StringBuilder out, BigDecimal value) {
        if (value != null) {
            out.append(value.toPlainString());
        }
        out.append(FIELD);
    }

    /** The facts of a block of the territory's slice, in the order written. */
    static List<ContributionFact> decode(String territory, String text) {
        return decode(territory, text, sequence -> true);
    }

    /**
     * The facts of a block whose row says it holds {@code count}: a block cut short at the end of a fact
     * is refused as well.
     */
    static List<ContributionFact> decode(String territory, String text, int count) {
        List<ContributionFact> facts = decode(territory, text);
        if (facts.size() != count) {
            throw new IllegalStateException("a fact block of territory " + territory + " holds " + facts.size()
                    + " facts, its row says " + count);
        }
        return facts;
    }

    /** Those facts of a block whose sequence number is {@code wanted}; the others are skipped, not decoded. */
    static List<ContributionFact> decode(String territory, String text, java.util.function.LongPredicate wanted) {
        List<ContributionFact> facts = new ArrayList<>();
        String[] fields = new String[FIELDS];
        int at = 0;
        int n = text.length();
        while (at < n) {
            int sequenceEnd = text.indexOf(FIELD, at);
            if (sequenceEnd < 0) {
                throw malformed(territory, n);
            }
            if (!wanted.test(sequence(territory, text, at, sequenceEnd))) {
                int end = text.indexOf(RECORD, at); // RS never appears in a field: it is written \r
                if (end < 0) {
                    throw malformed(territory, n);
                }
                at = end + 1;
                continue;
            }
            for (int i = 0; i < FIELDS; i++) {
                int end = at;
                boolean escaped = false;
                while (end < n && text.charAt(end) != FIELD && text.charAt(end) != RECORD) {
                    escaped |= text.charAt(end) == '\\';
                    end++;
                }
                if (end == n || (text.charAt(end) == RECORD) != (i == FIELDS - 1)) {
                    throw malformed(territory, end);
                }
                fields[i] = escaped ? unescape(territory, text, at, end) : text.substring(at, end);
                at = end + 1;
            }
            try {
                facts.add(new ContributionFact(Long.parseLong(fields[0]), Long.parseLong(fields[1]), FactKind.valueOf(fields[2]),
                        fields[3], territory, ContributionFact.date(fields[4]), fields[5], fields[6], decimal(fields[7]),
                        decimal(fields[8])));
            } catch (RuntimeException e) {
                throw new IllegalStateException("a fact block of territory " + territory + " holds a fact that cannot be read ("
                        + e.getMessage() + ") before character " + at, e);
            }
        }
        return facts;
    }

    private static long sequence(String territory, String text, int from, int to) {
        try {
            return Long.parseLong(text, from, to, 10);
        } catch (NumberFormatException e) {
            throw malformed(territory, from);
        }
    }

    private static IllegalStateException malformed(String territory, int at) {
        return new IllegalStateException("a fact block of territory " + territory + " is malformed at character " + at);
    }

    private static BigDecimal decimal(String field) {
        return field.isEmpty() ? null : new BigDecimal(field);
    }

    private static String unescape(String territory, String text, int from, int to) {
        if (to - from == 2 && text.charAt(from) == '\\' && text.charAt(from + 1) == 'N') {
            return null;
        }
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                if (i + 1 == to) {
                    throw malformed(territory, i);
                }
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'r' -> RECORD;
                    case 'f' -> FIELD;
                    case '\\' -> '\\';
                    default -> throw malformed(territory, i);
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
