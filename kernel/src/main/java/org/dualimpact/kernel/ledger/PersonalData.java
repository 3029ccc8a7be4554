package org.dualimpact.kernel.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The clear text behind one commitment of a ledger entry ({@code field} is {@code actor},
 * {@code description} or {@code reason}) and its salt. Stored apart from the entry and erasable:
 * once both are erased the commitment in the entry reveals nothing, yet still hashes the same.
 */
public record PersonalData(long sequence, String field, String salt, String clearText) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public PersonalData {
        Objects.requireNonNull(field);
        Objects.requireNonNull(salt);
        Objects.requireNonNull(clearText);
    }

    /** A fresh 16-byte random salt, hex. */
    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** SHA-256(salt bytes ‖ UTF-8 text), hex. */
    public static String commitment(String saltHex, String clearText) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(HexFormat.of().parseHex(saltHex));
            return HexFormat.of().formatHex(digest.digest(clearText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String commitment() {
        return commitment(salt, clearText);
    }
}
