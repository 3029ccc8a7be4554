package org.dualimpact.ledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The signed tree head of the published format vectors ({@code docs/ledger-format.md}) against the
 * signer: its key id, public key encoding and signature over the published message bytes. Ed25519
 * signatures are deterministic (RFC 8032), so the signer must reproduce the published one exactly.
 */
class Ed25519TreeHeadSignerVectorsTest {

    /** Surefire runs in the module's directory; the vectors live with the spec at the root. */
    private static final Path VECTORS = Path.of("..", "docs", "ledger-format", "vectors");

    private final Ed25519TreeHeadSigner signer = new Ed25519TreeHeadSigner(read("signing-key.pem"), read("public-key.pem"));
    private final byte[] message = bytes("tree-head-message.txt");
    private final String head = read("tree-head.json");

    @Test
    void theKeyIdAndPublicKeyAreThePublishedOnes() {
        assertEquals("Ed25519", signer.algorithm());
        assertTrue(head.contains("\"algorithm\":\"Ed25519\""), head);
        assertTrue(head.contains("\"keyId\":\"" + signer.keyId() + "\""), head);
        assertEquals(read("public-key.pem"), signer.publicKeyPem());
    }

    @Test
    void theSignerReproducesAndVerifiesThePublishedSignature() {
        String signature = signer.sign(message);
        assertTrue(head.contains("\"signature\":\"" + signature + "\""), head);
        assertTrue(signer.verify(message, signature));
    }

    @Test
    void thePublishedSignatureFailsForAnyOtherMessage() {
        String signature = signer.sign(message);
        byte[] other = Arrays.copyOf(message, message.length);
        other[other.length - 2]++; // the last digit of the timestamp
        assertFalse(signer.verify(other, signature));
    }

    private static String read(String name) {
        return new String(bytes(name), StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(VECTORS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
