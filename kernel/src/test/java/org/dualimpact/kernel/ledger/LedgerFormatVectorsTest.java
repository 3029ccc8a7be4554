package org.dualimpact.kernel.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/**
 * The published test vectors of the ledger format ({@code docs/ledger-format.md}) against the code:
 * entries → typed payloads → canonical bytes → leaf hashes, the tree → its roots and proofs, and the
 * tree-head message (the export lines are checked where they are written: it's LedgerExportFixtureTest). The vectors are a fixed file: a change of the canonical form fails here.
 */
class LedgerFormatVectorsTest {

    /** Surefire runs in the module's directory; the vectors live with the spec at the root. */
    static final Path VECTORS = Path.of("..", "docs", "ledger-format", "vectors");

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void entriesGiveThePublishedCanonicalBytesAndLeafHashes() throws Exception {
        List<Map<String, Object>> entries = entries();
        assertEquals(7, entries.size());
        for (Map<String, Object> v : entries) {
            LedgerEntry entry = entry(v);
            String where = "entry " + v.get("seq");
            assertEquals(v.get("canonicalText"), new String(entry.canonicalBytes(), StandardCharsets.UTF_8), where);
            assertArrayEquals(Base64.getDecoder().decode((String) v.get("canonicalBase64")), entry.canonicalBytes(), where);
            assertEquals(v.get("leafHash"), entry.leafHash(), where);
        }
    }

    @Test
    void personalDataCommitmentsArePublishedInTheEntries() throws Exception {
        for (Map<String, Object> v : entries()) {
            for (Map<String, Object> p : list(v.get("personal"))) {
                String commitment = PersonalData.commitment((String) p.get("salt"), (String) p.get("text"));
                assertEquals(p.get("commitment"), commitment, "entry " + v.get("seq") + " " + p.get("field"));
                String line = "\n" + p.get("field") + "=" + commitment + "\n";
                assertTrue(((String) v.get("canonicalText")).contains(line), "entry " + v.get("seq") + " carries " + line);
            }
        }
    }

    @Test
    void theTreeOfTheEntriesHasThePublishedRootsAndProofs() throws Exception {
        MemoryTree tree = new MemoryTree();
        for (Map<String, Object> v : entries()) {
            tree.append(Base64.getDecoder().decode((String) v.get("canonicalBase64")));
        }
        Map<String, Object> published = object(parse(read("tree.json")));
        for (Map<String, Object> root : list(published.get("roots"))) {
            long size = number(root.get("treeSize"));
            assertEquals(root.get("rootHash"), HEX.formatHex(Merkle.root(size, tree)), "size " + size);
        }
        Map<String, Object> inclusion = object(published.get("inclusion"));
        long index = number(inclusion.get("leafIndex"));
        long size = number(inclusion.get("treeSize"));
        assertEquals(inclusion.get("proof"), hex(Merkle.inclusionProof(index, size, tree)));
        assertTrue(Merkle.verifyInclusion(index, size, tree.subtree(0, index), bytes(inclusion.get("proof")),
                HEX.parseHex((String) inclusion.get("rootHash"))));
        Map<String, Object> consistency = object(published.get("consistency"));
        long first = number(consistency.get("firstSize"));
        long second = number(consistency.get("treeSize"));
        assertEquals(consistency.get("proof"), hex(Merkle.consistencyProof(first, second, tree)));
        assertTrue(Merkle.verifyConsistency(first, second, HEX.parseHex((String) consistency.get("firstRootHash")),
                HEX.parseHex((String) consistency.get("rootHash")), bytes(consistency.get("proof"))));
    }

    @Test
    void theTreeHeadMessageIsThePublishedBytes() throws Exception {
        Map<String, Object> head = object(parse(read("tree-head.json")));
        byte[] message = TreeHead.message(number(head.get("treeSize")), (String) head.get("rootHash"),
                Instant.parse((String) head.get("timestamp")));
        assertArrayEquals(Files.readAllBytes(VECTORS.resolve("tree-head-message.txt")), message);
    }

    /** The entry built from the vector's fields through the public API, as the ledger builds it. */
    private static LedgerEntry entry(Map<String, Object> v) {
        String actor = list(v.get("personal")).stream().filter(p -> "actor".equals(p.get("field")))
                .map(p -> (String) p.get("commitment")).findFirst().orElseThrow();
        Map<String, String> payload = new TreeMap<>();
        object(v.get("payload")).forEach((key, value) -> payload.put(key, (String) value));
        return LedgerEntry.of(number(v.get("seq")), Instant.parse((String) v.get("recordedAt")), (String) v.get("agreement"),
                (String) v.get("organisation"), actor, EntryPayload.of(EntryType.valueOf((String) v.get("type")), payload));
    }

    private static List<Map<String, Object>> entries() throws Exception {
        return list(parse(read("entries.json")));
    }

    /** The JSON text as plain Java values: objects as maps, arrays as lists, numbers as BigDecimal. */
    private static Object parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((key, member) -> map.put(key, plain(member)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(LedgerFormatVectorsTest::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static String read(String name) throws Exception {
        return Files.readString(VECTORS.resolve(name), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static long number(Object value) {
        return ((BigDecimal) value).longValueExact();
    }

    private static List<byte[]> bytes(Object hexList) {
        return ((List<?>) hexList).stream().map(h -> HEX.parseHex((String) h)).toList();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
