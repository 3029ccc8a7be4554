package org.dualimpact.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline verifier on the published format vectors ({@code docs/ledger-format.md}): it accepts
 * the vector export against the vector tree head and public key, and refuses it once one entry's
 * canonical bytes change.
 */
class VerifyVectorsTest {

    /** Surefire runs in the module's directory; the vectors live with the spec at the root. */
    private static final Path VECTORS = Path.of("..", "docs", "ledger-format", "vectors");

    @TempDir
    Path dir;

    @Test
    void theVectorExportVerifiesAgainstTheVectorTreeHead() throws Exception {
        Verify.Result result = Verify.verify(VECTORS.resolve("export.jsonl"), read("tree-head.json"), read("public-key.pem"), null);
        assertTrue(result.valid(), result.message());
        assertEquals("7 entries, root 6a5b443dfd17e896abf4c8acdb0c2ac41b1d185efbdb939a740244943f1fde78, signed "
                + "2026-06-05T00:00:00.250Z", result.message());
    }

    @Test
    void anAlteredVectorEntryIsRefused() throws Exception {
        Path export = dir.resolve("export.jsonl");
        // entry 0's canonical bytes end "dmFsdWU9MTUwMC41MAo=" (value=1500.50\n); make it value=1500.51
        Files.writeString(export, read("export.jsonl").replace("dmFsdWU9MTUwMC41MAo=", "dmFsdWU9MTUwMC41MQo="));
        Verify.Result result = Verify.verify(export, read("tree-head.json"), read("public-key.pem"), null);
        assertFalse(result.valid());
        assertEquals("export line 1: entry 0: leaf hash does not match its canonical bytes (the entry was altered)",
                result.message());
    }

    private static String read(String name) throws Exception {
        return Files.readString(VECTORS.resolve(name), StandardCharsets.UTF_8);
    }
}
