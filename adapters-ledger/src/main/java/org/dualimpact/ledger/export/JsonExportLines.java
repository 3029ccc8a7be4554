package org.dualimpact.ledger.export;

import java.io.StringWriter;
import java.util.Base64;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import org.dualimpact.kernel.ledger.ExportLine;
import org.dualimpact.kernel.ledger.PersonalData;

/**
 * Writes a line of the ledger export (JSON Lines) that the offline verifier reads:
 * <pre>
 * {"seq":42,"leafHash":"…hex…","canonical":"…Base64 of the canonical bytes…",
 *  "personal":[{"field":"actor","salt":"…hex…","text":"…"},…]}
 * </pre>
 * {@code personal} lists the personal data still held (empty once erased).
 */
public final class JsonExportLines {

    /** Looked up once: {@code Json.createGenerator} looks the provider up on every call. */
    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of());

    private JsonExportLines() {
    }

    /** The line as JSON, without the line break. */
    public static String json(ExportLine line) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject()
                    .write("seq", line.entry().sequence())
                    .write("leafHash", line.entry().leafHash())
                    .write("canonical", Base64.getEncoder().encodeToString(line.entry().canonicalBytes()))
                    .writeStartArray("personal");
            for (PersonalData p : line.personal()) {
                json.writeStartObject().write("field", p.field()).write("salt", p.salt()).write("text", p.clearText())
                        .writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return out.toString();
    }
}
