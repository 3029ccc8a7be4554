package org.dualimpact.kernel.spo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a contracted agreement's document beside its reference: whoever holds the
 * document verifies the agreement with both; a reference alone verifies nothing, so the sequential
 * references do not make a directory of agreements. 16 characters of Crockford's Base32 (80 random
 * bits), printed in groups of four ({@code 7KQ2-MX9D-04TR-HV3B}).
 */
public record VerificationCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String PATTERN = "[0-9A-HJKMNP-TV-Z]{16}";
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value == null || !value.matches(PATTERN)) {
            throw new IllegalArgumentException("a verification code is 16 characters of Crockford's Base32");
        }
    }

    public static VerificationCode random() {
        StringBuilder code = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /** A code as a person types it: groups, spaces and case do not matter; anything else is no code. */
    public static Optional<VerificationCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.matches(PATTERN) ? Optional.of(new VerificationCode(compact)) : Optional.empty();
    }

    /** Compares in constant time, so the answer's timing tells nothing about how much of a guess was right. */
    public boolean matches(VerificationCode other) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), other.value.getBytes(StandardCharsets.US_ASCII));
    }

    /** As printed: four groups of four. */
    public String printed() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-" + value.substring(12);
    }

    @Override
    public String toString() {
        return printed();
    }
}
