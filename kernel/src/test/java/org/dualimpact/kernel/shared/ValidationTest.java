package org.dualimpact.kernel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void safeTextKeepsTabsLineBreaksAndSurrogatePairs() {
        String text = "a\tb\r\nc \uD83D\uDE00 £";

        assertEquals(text, Validation.requireSafeCharacters(text, "comment"));
    }

    @Test
    void safeTextRefusesControlCharactersOfC0DelAndC1() {
        for (String text : new String[] {"a\u0000b", "\u0001", "a\u001fb", "a\u007fb", "a\u0085b", "\u009f"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Validation.requireSafeCharacters(text, "reason"));
            assertEquals("reason contains a control character", e.getMessage());
        }
    }

    @Test
    void safeTextRefusesUnpairedSurrogates() {
        for (String text : new String[] {"a\uD800b", "\uDC00", "end\uD83D", "\uDE00\uD83D"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Validation.requireSafeCharacters(text, "unit"));
            assertEquals("unit contains an unpaired surrogate", e.getMessage());
        }
    }

    @Test
    void requiredTextRefusesAnUnpairedSurrogate() {
        assertThrows(IllegalArgumentException.class, () -> Validation.requireText("name\uD800", "name", 100));
    }

    @Test
    void unsafeCharactersAreReplacedForEchoingButPairsAndLineBreaksKept() {
        assertEquals("a?b?c\uD83D\uDE00\n?", Validation.withUnsafeCharactersReplaced("a\u0000b\uD800c\uD83D\uDE00\n\u0085"));
    }
}
