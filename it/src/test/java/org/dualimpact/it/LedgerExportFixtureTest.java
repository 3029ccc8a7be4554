package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.dualimpact.kernel.ledger.EntryPayload;
import org.dualimpact.kernel.ledger.EntryType;
import org.dualimpact.kernel.ledger.ExportLine;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.ledger.export.JsonExportLines;
import org.dualimpact.verifier.Verify;
import org.junit.jupiter.api.Test;

/**
 * A ledger exported before entry payloads became typed ({@code ledger/ledger-export-v1.jsonl}: every
 * entry kind, recordings with all and with the fewest optional fields, an evidence name that needs
 * escaping, amendments with and without a value, a reversal, one entry's personal data erased) still
 * verifies offline, and each entry's canonical bytes read back into an entry and written again are the
 * same bytes with the same leaf hash. The canonical form is a promise to auditors: it never changes. The
 * published export lines ({@code docs/ledger-format/vectors}) are written exactly as published.
 */
class LedgerExportFixtureTest {

    private static final String VERSION_LINE = LedgerEntry.VERSION;

    @Test
    void theOfflineVerifierStillVerifiesTheV1Export() throws Exception {
        Verify.Result result = Verify.verify(fixture("ledger-export-v1.jsonl"),
                Files.readString(fixture("ledger-export-v1-tree-head.json")),
                Files.readString(fixture("ledger-export-v1-public-key.pem")), null);

        assertTrue(result.valid(), result.message());
        assertTrue(result.message().startsWith("11 entries"), result.message());
    }

    @Test
    void everyV1EntryReadsBackAndWritesTheSameCanonicalBytesAndLeafHash() throws Exception {
        List<String> lines = Files.readAllLines(fixture("ledger-export-v1.jsonl"), StandardCharsets.UTF_8);
        Set<EntryType> kinds = EnumSet.noneOf(EntryType.class);
        for (String line : lines) {
            JsonObject json = object(line);
            byte[] canonical = Base64.getDecoder().decode(json.getString("canonical"));

            LedgerEntry entry = read(canonical);

            assertArrayEquals(canonical, entry.canonicalBytes(), "entry " + json.getInt("seq"));
            assertEquals(json.getString("leafHash"), entry.leafHash(), "entry " + json.getInt("seq"));
            kinds.add(entry.type());
        }
        assertEquals(EnumSet.allOf(EntryType.class), kinds, "the fixture covers every kind of entry");
    }

    @Test
    void thePublishedExportLinesAreWrittenAsPublished() throws Exception {
        Path vectors = Path.of(System.getProperty("it.project.root", "..")).resolve("docs/ledger-format/vectors");
        List<String> lines = Files.readAllLines(vectors.resolve("export.jsonl"), StandardCharsets.UTF_8);
        assertEquals(7, lines.size());
        for (String line : lines) {
            JsonObject json = object(line);
            LedgerEntry entry = read(Base64.getDecoder().decode(json.getString("canonical")));
            List<PersonalData> personal = json.getJsonArray("personal").stream().map(JsonValue::asJsonObject)
                    .map(p -> new PersonalData(entry.sequence(), p.getString("field"), p.getString("salt"), p.getString("text")))
                    .toList();

            assertEquals(line, JsonExportLines.json(new ExportLine(entry, personal)), "export line of entry " + entry.sequence());
        }
    }

    private static JsonObject object(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }

    /** Reads canonical bytes into an entry with a typed payload: header lines, then key=value lines, unescaped. */
    private static LedgerEntry read(byte[] canonical) {
        String[] lines = new String(canonical, StandardCharsets.UTF_8).split("\n");
        assertEquals(VERSION_LINE, lines[0]);
        long sequence = Long.parseLong(value(lines[1], "seq"));
        Instant recordedAt = Instant.parse(value(lines[2], "recorded-at"));
        EntryType type = EntryType.valueOf(value(lines[3], "type"));
        String agreement = unescape(value(lines[4], "agreement"));
        String organisation = unescape(value(lines[5], "organisation"));
        String actor = value(lines[6], "actor");
        TreeMap<String, String> payload = new TreeMap<>();
        for (int i = 7; i < lines.length; i++) {
            int equals = lines[i].indexOf('=');
            payload.put(unescape(lines[i].substring(0, equals)), unescape(lines[i].substring(equals + 1)));
        }
        return LedgerEntry.of(sequence, recordedAt, agreement, organisation, actor, EntryPayload.of(type, payload));
    }

    private static String value(String line, String key) {
        assertTrue(line.startsWith(key + "="), line);
        return line.substring(key.length() + 1);
    }

    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LedgerExportFixtureTest.class.getResource("/ledger/" + name).toURI());
    }
}
