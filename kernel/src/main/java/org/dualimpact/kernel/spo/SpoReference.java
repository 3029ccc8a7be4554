package org.dualimpact.kernel.spo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unique reference of a Social Purchase Order:
 * {@code SPO-<territory abbrev>-<year>-<6-digit sequence>-<check character>}, e.g.
 * {@code SPO-TVP-2026-000042-7}.
 *
 * <p>The check character is ISO/IEC 7064 MOD 37,36 (hybrid system) over the alphanumeric characters
 * before it ({@code SPOTVP2026000042}), written as 0–9 or A–Z. It detects every single changed
 * character and every swap of two adjacent characters: such a reference is {@linkplain #parse
 * refused as malformed} (400), never looked up (404). Swaps across a dash change the shape and are
 * refused by the pattern. Input is read case-insensitively.
 */
public record SpoReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("SPO-([A-Z]{2,5})-([0-9]{4})-([0-9]{6})-([0-9A-Z])");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int M = 36;

    public SpoReference {
        if (value == null) {
            throw new IllegalArgumentException("SPO reference is required");
        }
        Matcher shape = SHAPE.matcher(value);
        if (!shape.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an SPO reference like SPO-TVP-2026-000042-7");
        }
        String body = body(shape.group(1), shape.group(2), shape.group(3));
        if (check(body) != shape.group(4).charAt(0)) {
            throw new IllegalArgumentException("'" + value + "' has a wrong check character: a character was mistyped");
        }
    }

    /** Reads a reference as a client wrote it (any case). */
    public static SpoReference parse(String text) {
        return new SpoReference(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static SpoReference of(String territoryAbbrev, int year, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("SPO sequence must be 1 to 999999 in a territory and year");
        }
        String seq = String.format("%06d", sequence);
        String yyyy = String.format("%04d", year);
        return new SpoReference("SPO-" + territoryAbbrev + "-" + yyyy + "-" + seq + "-"
                + check(body(territoryAbbrev, yyyy, seq)));
    }

    public String territoryAbbrev() {
        return value.split("-")[1];
    }

    private static String body(String abbrev, String year, String sequence) {
        return "SPO" + abbrev + year + sequence;
    }

    /** ISO/IEC 7064 MOD 37,36: the character that makes the product of the hybrid system equal 1. */
    static char check(String body) {
        int p = M;
        for (int i = 0; i < body.length(); i++) {
            int v = ALPHABET.indexOf(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not alphanumeric: " + body.charAt(i));
            }
            int s = (p + v) % M;
            if (s == 0) {
                s = M;
            }
            p = (2 * s) % (M + 1);
        }
        return ALPHABET.charAt(Math.floorMod(M + 1 - p, M));
    }

    @Override
    public String toString() {
        return value;
    }
}
