package org.dualimpact.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.dualimpact.kernel.shared.Validation;

/**
 * Typed, strict access to a {@link JsonDocument}, collecting every problem into a {@link Validation}
 * with its place ({@code measures[3].unit}) and, when {@code withLines}, the line of the object it
 * sits in ({@code line 42: is required}). The readers share it so that every file format reports
 * mistakes the same way. Every text is checked by {@link ImportedText}.
 */
final class JsonFields {

    private final Validation validation;
    private final JsonDocument document;
    private final boolean withLines;

    JsonFields(Validation validation, JsonDocument document, boolean withLines) {
        this.validation = validation;
        this.document = document;
        this.withLines = withLines;
    }

    Validation validation() {
        return validation;
    }

    /** The line the object or array starts on, or 0 when unknown. */
    int line(JsonValue container) {
        return document.lineOf(container);
    }

    /** Records a problem at a place, prefixed with the line of the container when lines are named. */
    void reject(JsonValue container, String path, String message) {
        int line = withLines ? line(container) : 0;
        validation.reject(path, line > 0 ? "line " + line + ": " + message : message);
    }

    /** Builds a value of the kernel, or records why it cannot be built (its constructor's message) at the place. */
    <T> T build(JsonValue container, String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            reject(container, path, e.getMessage());
            return null;
        }
    }

    JsonObject object(JsonValue value, JsonValue container, String path) {
        if (value instanceof JsonObject object) {
            return object;
        }
        reject(container, path, "must be a JSON object");
        return null;
    }

    JsonArray array(JsonValue value, JsonValue container, String path) {
        if (value instanceof JsonArray array) {
            return array;
        }
        reject(container, path, "must be a JSON array");
        return null;
    }

    /** Refuses every member not in {@code known}. */
    void unknown(JsonObject object, String path, Set<String> known) {
        for (String member : object.keySet()) {
            if (!known.contains(member)) {
                reject(object, path.isEmpty() ? member : path + "." + member, "unknown member (known: " + new TreeSet<>(known)
                        + ")");
            }
        }
    }

    static boolean present(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /** A string member, stripped; null when absent, null or blank (refused if required). */
    String text(JsonObject object, String key, String path, boolean required, int max) {
        if (!present(object, key)) {
            if (required) {
                reject(object, path, "is required");
            }
            return null;
        }
        if (!(object.get(key) instanceof JsonString string)) {
            reject(object, path, "must be a string");
            return null;
        }
        String text = string.getString();
        if (text.isBlank()) {
            if (required) {
                reject(object, path, "must not be blank");
            }
            return null;
        }
        return checked(object, path, text.strip(), max);
    }

    /** The text if it is at most {@code max} characters and {@link ImportedText} accepts it; else null, refused. */
    String checked(JsonValue container, String path, String text, int max) {
        String problem = text.length() > max ? "is longer than " + max + " characters" : ImportedText.problem(text);
        if (problem != null) {
            reject(container, path, problem);
            return null;
        }
        return text;
    }

    /** A number member; null when absent or null (refused if required). */
    BigDecimal number(JsonObject object, String key, String path, boolean required) {
        if (!present(object, key)) {
            if (required) {
                reject(object, path, "is required");
            }
            return null;
        }
        if (!(object.get(key) instanceof JsonNumber number)) {
            reject(object, path, "must be a number");
            return null;
        }
        return number.bigDecimalValue();
    }

    /** A whole number member within bounds; null when absent or null (refused if required). */
    Integer integer(JsonObject object, String key, String path, boolean required, int min, int max) {
        BigDecimal number = number(object, key, path, required);
        if (number == null) {
            return null;
        }
        if (!isWhole(number) || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            reject(object, path, "must be a whole number from " + min + " to " + max);
            return null;
        }
        return number.intValueExact();
    }

    /** A boolean member; {@code defaultValue} when absent or null. */
    boolean bool(JsonObject object, String key, String path, boolean defaultValue) {
        if (!present(object, key)) {
            return defaultValue;
        }
        JsonValue value = object.get(key);
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            reject(object, path, "must be true or false");
            return defaultValue;
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    /** A string or an array of strings (each at most {@code max} characters); empty when absent. */
    List<String> strings(JsonObject object, String key, String path, int max) {
        List<String> out = new ArrayList<>();
        if (!present(object, key)) {
            return out;
        }
        if (object.get(key) instanceof JsonString) {
            String text = text(object, key, path, false, max);
            if (text != null) {
                out.add(text);
            }
            return out;
        }
        JsonArray items = array(object.get(key), object, path);
        for (int i = 0; items != null && i < items.size(); i++) {
            if (!(items.get(i) instanceof JsonString item) || item.getString().isBlank()) {
                reject(object, path + "[" + i + "]", "must be a non-blank string");
            } else {
                String text = checked(object, path + "[" + i + "]", item.getString().strip(), max);
                if (text != null) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    /** A member kept verbatim as provenance: a string stripped, anything else as compact JSON text. */
    static String verbatim(JsonValue value) {
        return value instanceof JsonString string ? string.getString().strip() : value.toString();
    }

    static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }
}
