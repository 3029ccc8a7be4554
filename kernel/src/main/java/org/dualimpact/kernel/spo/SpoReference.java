package org.dualimpact.kernel.spo;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dualimpact.kernel.shared.DomainException;

/**
 * The unique reference of a Social Purchase Order:
 * {@code SPO-<territory abbrev>-<year>-<6-digit sequence>-<check character>}, e.g.
 * {@code SPO-TVP-2026-000042-E}.
 *
 * <p>The check character protects the alphanumeric characters before it ({@code SPOTVP2026000042}),
 * each read as its value 0–35 (0–9, A–Z). It is the ISO/IEC 7064 pure-system idea with modulus 37 and
 * radix 2 (as MOD 37-2): the body characters are weighted by powers of 2 modulo 37, right to left
 * starting at 2, and the check value {@code c} makes the weighted sum plus {@code c} divisible by 37.
 * Because 37 is prime, every weight is non-zero and neighbouring weights differ, so <em>every</em>
 * single changed character and <em>every</em> swap of two adjacent different characters changes the
 * sum: such a reference is {@linkplain #parse refused as malformed} (400), never looked up (404).
 * Swaps across a dash change the shape and are refused by the pattern. A check value of 36 has no
 * letter or digit: those sequence numbers (about one in 37) are never issued ({@link #issuable}).
 * Input is read case-insensitively.
 */
public record SpoReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("SPO-([A-Z]{2,5})-([0-9]{4})-([0-9]{6})-([0-9A-Z])");
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int MODULUS = 37;

    public SpoReference {
        if (value == null) {
            throw new IllegalArgumentException("SPO reference is required");
        }
        Matcher shape = SHAPE.matcher(value);
        if (!shape.matches()) {
            throw new IllegalArgumentException("'" + value + "' is not an SPO reference like SPO-TVP-2026-000042-E");
        }
        int expected = checkValue(body(shape.group(1), shape.group(2), shape.group(3)));
        if (expected != ALPHABET.indexOf(shape.group(4).charAt(0))) {
            throw new IllegalArgumentException("'" + value + "' has a wrong check character: a character was mistyped");
        }
    }

    /** Reads a reference as a client wrote it (any case). */
    public static SpoReference parse(String text) {
        return new SpoReference(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Reads a reference a client sent, as {@link #parse} does; a malformed one (including a wrong check
     * character) is refused as invalid input ({@code invalid-spo-reference}), never looked up.
     */
    public static SpoReference fromRequest(String text) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-spo-reference", e.getMessage() + ".");
        }
    }

    /** The reference for a sequence number; refused for a sequence that is not {@link #issuable}. */
    public static SpoReference of(String territoryAbbrev, int year, long sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalArgumentException("SPO sequence must be 1 to 999999 in a territory and year");
        }
        String seq = String.format("%06d", sequence);
        String yyyy = String.format("%04d", year);
        int check = checkValue(body(territoryAbbrev, yyyy, seq));
        if (check >= ALPHABET.length()) {
            throw new IllegalArgumentException("sequence " + sequence + " of " + territoryAbbrev + " " + year
                    + " has no check character and is never issued");
        }
        return new SpoReference("SPO-" + territoryAbbrev + "-" + yyyy + "-" + seq + "-" + ALPHABET.charAt(check));
    }

    /** False for the sequence numbers whose check value (36) has no character; the issuer skips them. */
    public static boolean issuable(String territoryAbbrev, int year, long sequence) {
        return checkValue(body(territoryAbbrev, String.format("%04d", year), String.format("%06d", sequence)))
                < ALPHABET.length();
    }

    public String territoryAbbrev() {
        return value.split("-")[1];
    }

    private static String body(String abbrev, String year, String sequence) {
        return "SPO" + abbrev + year + sequence;
    }

    /** The value 0–36 that makes Σ value·2^(position from the right) + check ≡ 0 (mod 37). */
    static int checkValue(String body) {
        int sum = 0;
        int weight = 2;
        for (int i = body.length() - 1; i >= 0; i--) {
            int v = ALPHABET.indexOf(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not alphanumeric: " + body.charAt(i));
            }
            sum = (sum + v * weight) % MODULUS;
            weight = (weight * 2) % MODULUS;
        }
        return (MODULUS - sum) % MODULUS;
    }

    @Override
    public String toString() {
        return value;
    }
}
