package org.dualimpact.kernel.spo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SpoReferenceTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-";

    /** References whose every single substitution is checked. */
    private static final List<SpoReference> REFERENCES = List.of(
            SpoReference.of("TVP", 2026, 1),
            SpoReference.of("TVP", 2026, 42),
            SpoReference.of("TVP", 2026, 999_999),
            SpoReference.of("TVP", 2027, 10),
            SpoReference.of("MPS", 2026, 1),
            SpoReference.of("MPS", 2025, 123_456),
            SpoReference.of("PSNI", 2026, 7),
            SpoReference.of("PSNI", 2027, 500_000),
            SpoReference.of("HANTS", 2030, 77));

    @Test
    void aReferenceHasItsDocumentedShape() {
        SpoReference reference = SpoReference.of("TVP", 2026, 42);

        assertTrue(reference.value().matches("SPO-TVP-2026-000042-[0-9A-Z]"), reference.value());
        assertEquals("TVP", reference.territoryAbbrev());
        assertEquals("PSNI", SpoReference.of("PSNI", 2026, 7).territoryAbbrev());
        assertEquals(reference.value(), reference.toString());
    }

    @Test
    void theWeightedSumWithTheCheckValueIsDivisibleByThirtySeven() {
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (SpoReference reference : REFERENCES) {
            String text = reference.value().replace("-", "");
            int sum = alphabet.indexOf(text.charAt(text.length() - 1));
            int weight = 2;
            for (int i = text.length() - 2; i >= 0; i--) {
                sum += alphabet.indexOf(text.charAt(i)) * weight;
                weight = weight * 2 % 37;
            }
            assertEquals(0, sum % 37, reference.value());
        }
        assertEquals("SPO-TVP-2026-000042-E", SpoReference.of("TVP", 2026, 42).value());
    }

    @Test
    void aboutOneSequenceInThirtySevenIsNeverIssued() {
        int skipped = 0;
        for (long sequence = 1; sequence <= 37_000; sequence++) {
            if (!SpoReference.issuable("TVP", 2026, sequence)) {
                skipped++;
                long s = sequence;
                assertThrows(IllegalArgumentException.class, () -> SpoReference.of("TVP", 2026, s));
            }
        }
        assertTrue(skipped > 800 && skipped < 1200, "skipped " + skipped);
    }

    @Test
    void referencesRoundTripThroughParseInAnyCase() {
        for (SpoReference reference : REFERENCES) {
            assertEquals(reference, SpoReference.parse(reference.value()));
            assertEquals(reference, SpoReference.parse(reference.value().toLowerCase(Locale.ROOT)));
            assertEquals(reference, SpoReference.parse("  " + reference.value() + "\t"));
            assertEquals(reference, new SpoReference(reference.value()));
        }
    }

    @Test
    void everySingleSubstitutionIsRefused() {
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (SpoReference reference : REFERENCES) {
            char[] chars = reference.value().toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char original = chars[i];
                for (char other : ALPHABET.toCharArray()) {
                    if (other == original) {
                        continue;
                    }
                    chars[i] = other;
                    tried++;
                    String mistyped = new String(chars);
                    if (parses(mistyped)) {
                        accepted.add(reference + " -> " + mistyped);
                    }
                }
                chars[i] = original;
            }
        }
        assertEquals(List.of(), accepted);
        assertEquals(REFERENCES.stream().mapToInt(r -> r.value().length() * (ALPHABET.length() - 1)).sum(), tried);
    }

    @Test
    void everyAdjacentSwapIsRefused() {
        assertEquals(List.of(), acceptedSwaps(List.of(SpoReference.of("TVP", 2026, 1), SpoReference.of("TVP", 2026, 10))));
    }

    @Test
    void everyAdjacentSwapIsRefusedForEveryReference() {
        assertEquals(List.of(), acceptedSwaps(REFERENCES));
    }

    @Test
    void theSequenceIsOneToNineHundredNinetyNineThousandNineHundredNinetyNine() {
        assertEquals("SPO-TVP-2026-000001-", SpoReference.of("TVP", 2026, 1).value().substring(0, 20));
        assertEquals("SPO-TVP-2026-999999-", SpoReference.of("TVP", 2026, 999_999).value().substring(0, 20));
        assertThrows(IllegalArgumentException.class, () -> SpoReference.of("TVP", 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> SpoReference.of("TVP", 2026, -1));
        assertThrows(IllegalArgumentException.class, () -> SpoReference.of("TVP", 2026, 1_000_000));
        assertThrows(IllegalArgumentException.class, () -> SpoReference.of("TVP", 12_026, 1));
    }

    @Test
    void malformedTextIsRefused() {
        String good = SpoReference.of("TVP", 2026, 42).value();
        char last = good.charAt(good.length() - 1);
        for (String bad : new String[] {null, "", " ", "SPO", good + "0", good.substring(1), good.replace("-", ""),
                good.replace("-", "_"), "SPO-T-2026-000042-" + last, "SPO-TVPTVP-2026-000042-" + last,
                "SPO-TVP-26-000042-" + last, "SPO-TVP-2026-42-" + last, good.replace("SPO", "SP0"),
                good.replace("SPO", "SPX")}) {
            assertThrows(IllegalArgumentException.class, () -> SpoReference.parse(bad), String.valueOf(bad));
        }
    }

    private static List<String> acceptedSwaps(List<SpoReference> references) {
        List<String> accepted = new ArrayList<>();
        int tried = 0;
        for (SpoReference reference : references) {
            char[] chars = reference.value().toCharArray();
            for (int i = 0; i + 1 < chars.length; i++) {
                if (chars[i] == chars[i + 1]) {
                    continue;
                }
                char[] swapped = chars.clone();
                swapped[i] = chars[i + 1];
                swapped[i + 1] = chars[i];
                tried++;
                String mistyped = new String(swapped);
                if (parses(mistyped)) {
                    accepted.add(reference + " -> " + mistyped);
                }
            }
        }
        assertTrue(tried >= references.size() * 8, "swaps were tried: " + tried);
        return accepted;
    }

    private static boolean parses(String text) {
        try {
            SpoReference.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
