package org.dualimpact.importing;

import java.io.StringReader;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/**
 * A JSON file read strictly with JSON-P (RFC 8259; Liberty's jsonp feature at run time): a repeated
 * member name, text after the document and nesting deeper than {@value #MAX_DEPTH} levels are
 * refused as well. It keeps the line on which each object and array starts, so that a reader can
 * name the line of a bad element; a malformed file is refused ({@code malformed-json}) naming line
 * and column.
 */
public final class JsonDocument {

    private static final int MAX_DEPTH = 32;
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private final JsonValue root;
    private final Map<JsonValue, Integer> lines;

    private JsonDocument(JsonValue root, Map<JsonValue, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    /**
     * Reads the text of a file ({@code what}: "catalogue", "framework"; used in the refusal).
     *
     * @throws DomainException {@code malformed-json} (INVALID_INPUT), its field error naming line and column
     */
    public static JsonDocument read(String text, String what) {
        String json = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (json.isBlank()) {
            throw malformed(what, "the document is empty");
        }
        try (JsonParser parser = PROVIDER.createParser(new StringReader(json))) {
            Builder builder = new Builder(parser);
            JsonValue root = builder.value(parser.next(), 0);
            if (parser.hasNext()) {
                throw builder.error("unexpected text after the end of the document");
            }
            return new JsonDocument(root, builder.lines);
        } catch (JsonParsingException e) {
            throw malformed(what, at(e.getLocation()) + cleaned(e.getMessage()));
        } catch (JsonException e) {
            throw malformed(what, cleaned(e.getMessage()));
        }
    }

    public JsonValue root() {
        return root;
    }

    /** The line on which the object or array starts; 0 for anything else. */
    public int lineOf(JsonValue value) {
        return value == null ? 0 : lines.getOrDefault(value, 0);
    }

    private static DomainException malformed(String what, String detail) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "malformed-json",
                "The " + what + " file is not well-formed JSON (" + detail + ").", List.of(new FieldError("body", detail)));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNumber() < 1 ? ""
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
    }

    /** The parser's message without its own location (given once, in front). */
    private static String cleaned(String message) {
        return message == null ? "not JSON" : message.replaceAll("\\s*at \\(line no=[^)]*\\)\\.?", "").strip();
    }

    /** Builds the values from the parser's events, recording where objects and arrays start. */
    private static final class Builder {
        private final JsonParser parser;
        private final Map<JsonValue, Integer> lines = new IdentityHashMap<>();

        Builder(JsonParser parser) {
            this.parser = parser;
        }

        JsonValue value(JsonParser.Event event, int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nested deeper than " + MAX_DEPTH + " levels");
            }
            return switch (event) {
                case START_OBJECT -> object(depth);
                case START_ARRAY -> array(depth);
                default -> parser.getValue();
            };
        }

        private JsonValue object(int depth) {
            int line = line();
            JsonObjectBuilder members = PROVIDER.createObjectBuilder();
            Set<String> names = new HashSet<>();
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
                String name = parser.getString();
                if (!names.add(name)) {
                    throw error("the member \"" + name + "\" appears twice in one object");
                }
                members.add(name, value(parser.next(), depth + 1));
            }
            return track(members.build(), line);
        }

        private JsonValue array(int depth) {
            int line = line();
            JsonArrayBuilder items = PROVIDER.createArrayBuilder();
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                items.add(value(event, depth + 1));
            }
            return track(items.build(), line);
        }

        private JsonValue track(JsonStructure value, int line) {
            lines.put(value, line);
            return value;
        }

        private int line() {
            JsonLocation location = parser.getLocation();
            return location == null ? 0 : (int) location.getLineNumber();
        }

        JsonParsingException error(String message) {
            return new JsonParsingException(message, parser.getLocation());
        }
    }
}
