package org.dualimpact.ledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.dualimpact.kernel.ledger.PersonalData;
import org.junit.jupiter.api.Test;

/**
 * The ledger store writes its JSON columns by hand (it runs for every appended entry): what it
 * writes must be JSON any parser reads back to the same strings, whatever the text holds.
 */
class LedgerRowFormatsTest {

    private static final String AWKWARD = "quote \" backslash \\ newline \n return \r tab \t bell \u0007 nul \u0000 "
            + "pound £ emoji \uD83D\uDE00 slash / end";

    @Test
    void payloadJsonRoundTripsAnyText() {
        TreeMap<String, String> payload = new TreeMap<>(Map.of("description", AWKWARD, "quantity", "3", "k\"ey", "v"));
        String json = JdbcContributionLedger.json(payload);
        JsonObject parsed = Json.createReader(new StringReader(json)).readObject(); // a standard parser accepts it
        assertEquals(AWKWARD, parsed.getString("description"));
        assertEquals(payload, JdbcContributionLedger.payload(json));
        assertEquals("{}", JdbcContributionLedger.json(Map.of()));
    }

    @Test
    void theFastPayloadReaderTakesWhatJsonWritesAndLeavesTheRestToTheParser() {
        TreeMap<String, String> payload = new TreeMap<>(Map.of("description", AWKWARD, "quantity", "3", "k\"ey", "v",
                "escaped", "\\u00e9 \u00e9 \u2028"));
        assertEquals(payload, JdbcContributionLedger.flatObject(JdbcContributionLedger.json(payload)));
        assertEquals(new TreeMap<>(), JdbcContributionLedger.flatObject("{}"));
        assertEquals(Map.of("a", "\u00e9/"), JdbcContributionLedger.flatObject("{\"a\":\"\\u00E9\\/\"}"));
        // not as json() writes it: white space, numbers, nesting, duplicates, garbage — null, so the parser decides
        for (String other : List.of("{ \"a\":\"b\"}", "{\"a\": \"b\"}", "{\"a\":1}", "{\"a\":{\"b\":\"c\"}}",
                "{\"a\":\"b\",\"a\":\"c\"}", "{\"a\":\"b\"", "{\"a\":\"b\"}x", "{\"a\":\"b\\x\"}", "[]", "{\"a\":\"b\",}")) {
            assertNull(JdbcContributionLedger.flatObject(other), other);
        }
        assertEquals(Map.of("a", "b"), JdbcContributionLedger.payload("{ \"a\" : \"b\" }"));
    }

    @Test
    void personalDataJsonRoundTrips() {
        List<PersonalData> fields = List.of(new PersonalData(7, "actor", "00ff", "sam"),
                new PersonalData(7, "description", "abcd", AWKWARD));
        List<PersonalData> back = JdbcContributionLedger.personalFromJson(7, JdbcContributionLedger.personalJson(fields));
        assertEquals(fields, back);
    }

    @Test
    void frontierTextRoundTrips() {
        byte[] a = new byte[32];
        byte[] b = new byte[32];
        b[31] = 1;
        List<byte[]> back = JdbcContributionLedger.parseFrontier(JdbcContributionLedger.formatFrontier(List.of(a, b)));
        assertEquals(2, back.size());
        assertArrayEquals(a, back.get(0));
        assertArrayEquals(b, back.get(1));
        assertEquals(0, JdbcContributionLedger.parseFrontier("").size());
        assertNull(JdbcContributionLedger.parseFrontier(null));
    }
}
