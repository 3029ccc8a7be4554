package org.dualimpact.kernel.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dualimpact.kernel.shared.Json;

/** Test helpers: the 2018 framework file, read, changed as a tree and written back as JSON text. */
final class JsonFiles {

    static final String NPS_2018 = "nps-2018-diagnostic.json";

    private JsonFiles() {
    }

    static String resource(String name) {
        try (InputStream in = JsonFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> tree(String text) {
        try {
            return (Map<String, Object>) Json.parse(text);
        } catch (Json.MalformedException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> at(Map<String, Object> root, Object... path) {
        Object node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? ((List<Object>) node).get(i) : ((Map<String, Object>) node).get(step);
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> node, String member) {
        return (List<Object>) node.get(member);
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof BigDecimal || value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else if (value == Json.NULL || value == null) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass());
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
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
        out.append('"');
    }

    /** A small framework: two sections, three value codes (A1, A2, B1), five default levels. */
    static String small(String name, String version) {
        return """
                {"framework": "%s", "version": "%s",
                 "sections": [
                   {"name": "Alpha", "valueCodes": [%s, %s]},
                   {"name": "Beta", "valueCodes": [%s]}]}
                """.formatted(name, version, code("A1"), code("A2"), code("B1"));
    }

    static String code(String code) {
        return """
                {"code": "%s", "name": "Question %s", "levels": [
                  {"level": 1, "descriptor": "one"}, {"level": 2, "descriptor": "two"},
                  {"level": 3, "descriptor": "three"}, {"level": 4, "descriptor": "four"},
                  {"level": 5, "descriptor": "five"}]}
                """.formatted(code, code);
    }
}
