package org.dualimpact.it;

import java.io.StringWriter;
import java.util.Map;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/** Reading and comparing OpenAPI documents as JSON. */
final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    /** The document without {@code servers}, which names the host and port that served it. */
    static JsonObject withoutServers(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").build();
    }

    /** Stable, indented JSON: keys in the order the server wrote them. */
    static String pretty(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
            generator.write(value);
        }
        return out.toString().strip() + "\n";
    }

    /** A JSON pointer and the two values where two documents first differ, for a failure message. */
    static String firstDifference(String pointer, JsonValue expected, JsonValue actual) {
        if (expected instanceof JsonObject e && actual instanceof JsonObject a) {
            TreeSet<String> keys = new TreeSet<>(e.keySet());
            keys.addAll(a.keySet());
            for (String key : keys) {
                JsonValue x = e.get(key);
                JsonValue y = a.get(key);
                if (x == null || y == null || !x.equals(y)) {
                    return x == null || y == null ? pointer + "/" + key + ": committed " + OpenApiFuzzIT.abbreviate(String.valueOf(x))
                            + ", served " + OpenApiFuzzIT.abbreviate(String.valueOf(y)) : firstDifference(pointer + "/" + key, x, y);
                }
            }
        }
        if (expected instanceof JsonArray e && actual instanceof JsonArray a && e.size() == a.size()) {
            for (int i = 0; i < e.size(); i++) {
                if (!e.get(i).equals(a.get(i))) {
                    return firstDifference(pointer + "/" + i, e.get(i), a.get(i));
                }
            }
        }
        return pointer + ": committed " + OpenApiFuzzIT.abbreviate(String.valueOf(expected)) + ", served "
                + OpenApiFuzzIT.abbreviate(String.valueOf(actual));
    }
}
