package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.dualimpact.verifier.Verify;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline verifier on an export longer than one of its parallel chunks (4,096 lines): it must
 * accept the untouched export and report the first failure in file order, whichever chunk it is in.
 */
class OfflineVerifierTest {

    private static final int ENTRIES = 9_000;

    @TempDir
    static Path dir;
    static List<String> lines;
    static String head;
    static String key;

    @BeforeAll
    static void export() throws Exception {
        Path export = dir.resolve("export.jsonl");
        ExportWriter.write(ENTRIES, export, dir.resolve("head.json"), dir.resolve("key.pem"));
        lines = Files.readAllLines(export, StandardCharsets.UTF_8);
        head = Files.readString(dir.resolve("head.json"));
        key = Files.readString(dir.resolve("key.pem"));
    }

    @Test
    void theUntouchedExportIsValidBlankLinesAside() throws Exception {
        Verify.Result result = verify(l -> {
            List<String> copy = new ArrayList<>(l);
            copy.add(5000, "");
            return copy;
        });
        assertTrue(result.valid(), result.message());
        assertTrue(result.message().startsWith(ENTRIES + " entries"), result.message());
    }

    @Test
    void aMissingEntryInALaterChunkIsNamed() throws Exception {
        Verify.Result result = verify(l -> {
            List<String> copy = new ArrayList<>(l);
            copy.remove(6000);
            return copy;
        });
        assertFalse(result.valid());
        assertEquals("export line 6001: entry 6001 found where entry 6000 belongs (a sequence number is missing or doubled)",
                result.message());
    }

    @Test
    void theFirstFailureInFileOrderWinsAcrossChunks() throws Exception {
        Verify.Result result = verify(l -> {
            List<String> copy = new ArrayList<>(l);
            copy.set(8500, copy.get(8500).replace("\"seq\":8500", "\"seq\":8501"));
            copy.set(4200, copy.get(4200).replace("Mentoring session 4200", "Mentoring session 4201"));
            return copy;
        });
        assertFalse(result.valid());
        assertEquals("export line 4201: entry 4200: personal data 'description' does not match its commitment", result.message());
    }

    @Test
    void anAlteredCanonicalEntryIsCaught() throws Exception {
        Verify.Result result = verify(l -> {
            List<String> copy = new ArrayList<>(l);
            copy.set(100, copy.get(1).replace("\"seq\":1,", "\"seq\":100,"));
            return copy;
        });
        assertFalse(result.valid());
        assertTrue(result.message().startsWith("export line 101: entry 100: canonical bytes are not"), result.message());
    }

    private static Verify.Result verify(UnaryOperator<List<String>> change) throws Exception {
        Path file = Files.createTempFile(dir, "export", ".jsonl");
        Files.write(file, change.apply(lines), StandardCharsets.UTF_8);
        return Verify.verify(file, head, key, null);
    }
}
