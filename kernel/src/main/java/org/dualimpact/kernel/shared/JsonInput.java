package org.dualimpact.kernel.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, strict access to a document read by {@link Json}, collecting every problem into a
 * {@link Validation} with its place ({@code measures[3].unit}) and, when the document was read with
 * {@link Json#parseWithLines}, the line of the object it sits in ({@code line 42: is required}).
 * Importers of the kernel share it so that every file format reports mistakes the same way.
 */
public final class JsonInput {

    private final Validation validation;
    private final Json.Parsed parsed;

    public JsonInput(Validation validation, Json.Parsed parsed) {
        this.validation = validation;
        this.parsed = parsed;
    }

    public Validation validation() {
        return validation;
    }

    /** The line the object or array starts on, or 0 when unknown. */
    public int line(Object container) {
        return parsed == null || container == null ? 0 : parsed.lineOf(container);
    }

    /** Records a problem at a place, prefixed with the line of the container when known. */
    public void reject(Object container, String path, String message) {
        int line = line(container);
        validation.reject(path, line > 0 ? "line " + line + ": " + message : message);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> object(Object value, Object container, String path) {
        if (value instanceof Map<?, ?>) {
            return (Map<String, Object>) value;
        }
        reject(container, path, "must be a JSON object");
        return null;
    }

    @SuppressWarnings("unchecked")
    public List<Object> array(Object value, Object container, String path) {
        if (value instanceof List<?>) {
            return (List<Object>) value;
        }
        reject(container, path, "must be a JSON array");
        return null;
    }

    /** Refuses every member not in {@code known}. */
    public void unknown(Map<String, Object> object, String path, Set<String> known) {
        for (String member : object.keySet()) {
            if (!known.contains(member)) {
                reject(object, path.isEmpty() ? member : path + "." + member, "unknown member (known: " + new TreeSet<>(known) + ")");
            }
        }
    }

    public boolean present(Map<String, Object> object, String key) {
        Object value = object.get(key);
        return value != null && value != Json.NULL;
    }

    /** A string member, stripped; null when absent, null or blank (refused if required). */
    public String text(Map<String, Object> object, String key, String path, boolean required, int max) {
        Object value = object.get(key);
        if (value == null || value == Json.NULL) {
            if (required) {
                reject(object, path, "is required");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            reject(object, path, "must be a string");
            return null;
        }
        if (text.isBlank()) {
            if (required) {
                reject(object, path, "must not be blank");
            }
            return null;
        }
        try {
            return Validation.requireText(text, "the text", max);
        } catch (IllegalArgumentException e) {
            reject(object, path, e.getMessage().replace("the text ", ""));
            return null;
        }
    }

    /** A number member; null when absent or null (refused if required). */
    public BigDecimal number(Map<String, Object> object, String key, String path, boolean required) {
        Object value = object.get(key);
        if (value == null || value == Json.NULL) {
            if (required) {
                reject(object, path, "is required");
            }
            return null;
        }
        if (!(value instanceof BigDecimal number)) {
            reject(object, path, "must be a number");
            return null;
        }
        return number;
    }

    /** A whole number member within bounds; null when absent or null (refused if required). */
    public Integer integer(Map<String, Object> object, String key, String path, boolean required, int min, int max) {
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
    public boolean bool(Map<String, Object> object, String key, String path, boolean defaultValue) {
        Object value = object.get(key);
        if (value == null || value == Json.NULL) {
            return defaultValue;
        }
        if (!(value instanceof Boolean flag)) {
            reject(object, path, "must be true or false");
            return defaultValue;
        }
        return flag;
    }

    /** A string or an array of strings (each at most {@code max} characters); empty when absent. */
    public List<String> strings(Map<String, Object> object, String key, String path, int max) {
        Object value = object.get(key);
        List<String> out = new ArrayList<>();
        if (value == null || value == Json.NULL) {
            return out;
        }
        if (value instanceof String) {
            String text = text(object, key, path, false, max);
            if (text != null) {
                out.add(text);
            }
            return out;
        }
        List<Object> items = array(value, object, path);
        if (items == null) {
            return out;
        }
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof String text) || text.isBlank()) {
                reject(object, path + "[" + i + "]", "must be a non-blank string");
            } else if (text.strip().length() > max) {
                reject(object, path + "[" + i + "]", "is longer than " + max + " characters");
            } else {
                out.add(text.strip());
            }
        }
        return out;
    }

    public static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    /** The value written back as compact JSON text (for members kept verbatim as provenance). */
    public static String compact(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    /** Appends a JSON string literal (RFC 8259 §7: quote, backslash and control characters escaped). */
    public static StringBuilder quote(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null || value == Json.NULL) {
            out.append("null");
        } else if (value instanceof String s) {
            quote(out, s);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toString());
        } else if (value instanceof Boolean flag) {
            out.append(flag);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(entry.getKey().toString(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }
}
