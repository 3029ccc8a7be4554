package org.dualimpact.kernel.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON reader (RFC 8259) for the files the kernel imports (diagnostic and social
 * value frameworks, measure catalogues), so it can read them without a library. Objects become
 * {@link LinkedHashMap}s (a repeated member name is refused), arrays {@link ArrayList}s, numbers
 * {@link BigDecimal}s, {@code null} {@link #NULL}. Errors name the line and column;
 * {@link #parseWithLines} also tells on which line each object and array starts, so an importer can
 * name the line of a bad row.
 */
public final class Json {

    /** JSON {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 32;

    /** Malformed input; the message names line and column. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    /** A parsed document and the line (1-based) on which each of its objects and arrays starts. */
    public record Parsed(Object root, IdentityHashMap<Object, Integer> lines) {

        /** The line on which the object or array starts; 0 for a value that is neither. */
        public int lineOf(Object value) {
            return lines.getOrDefault(value, 0);
        }
    }

    private final String text;
    private final IdentityHashMap<Object, Integer> lines;
    private int pos;
    private int line = 1;
    private int lineCountedTo;

    private Json(String text, boolean trackLines) {
        this.text = text;
        this.lines = trackLines ? new IdentityHashMap<>() : null;
    }

    public static Object parse(String text) throws MalformedException {
        return read(text, false).root();
    }

    /** Parses and records the starting line of every object and array. */
    public static Parsed parseWithLines(String text) throws MalformedException {
        return read(text, true);
    }

    private static Parsed read(String text, boolean trackLines) throws MalformedException {
        if (text == null) {
            throw new MalformedException("the document is empty");
        }
        Json json = new Json(text.startsWith("\uFEFF") ? text.substring(1) : text, trackLines);
        json.skipWhitespace();
        if (json.pos >= json.text.length()) {
            throw new MalformedException("the document is empty");
        }
        Object value = json.value(0);
        json.skipWhitespace();
        if (json.pos < json.text.length()) {
            throw json.error("unexpected text after the end of the document");
        }
        return new Parsed(value, json.lines == null ? new IdentityHashMap<>() : json.lines);
    }

    /** The line of the current position; counts newlines incrementally (positions only move forward here). */
    private int currentLine() {
        for (; lineCountedTo < pos && lineCountedTo < text.length(); lineCountedTo++) {
            if (text.charAt(lineCountedTo) == '\n') {
                line++;
            }
        }
        return line;
    }

    private <T> T track(T value, int startLine) {
        if (lines != null) {
            lines.put(value, startLine);
        }
        return value;
    }

    private Object value(int depth) throws MalformedException {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        skipWhitespace();
        if (pos >= text.length()) {
            throw error("unexpected end of the document");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object(int depth) throws MalformedException {
        int startLine = lines == null ? 0 : currentLine();
        pos++; // {
        Map<String, Object> members = track(new LinkedHashMap<>(), startLine);
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return members;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            int at = pos;
            String name = string();
            skipWhitespace();
            expect(':');
            Object value = value(depth + 1);
            if (members.containsKey(name)) {
                pos = at;
                throw error("the member \"" + name + "\" appears twice in one object");
            }
            members.put(name, value);
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return members;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private List<Object> array(int depth) throws MalformedException {
        int startLine = lines == null ? 0 : currentLine();
        pos++; // [
        List<Object> items = track(new ArrayList<>(), startLine);
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return items;
        }
        while (true) {
            items.add(value(depth + 1));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return items;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string() throws MalformedException {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("a control character must be escaped inside a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("incomplete \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("invalid \\u escape");
                    }
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("invalid escape '\\" + e + "'");
                }
            }
        }
    }

    private BigDecimal number() throws MalformedException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (Character.isDigit(peek())) {
            digits();
        } else {
            throw error("invalid number");
        }
        if (peek() == '.') {
            pos++;
            if (!Character.isDigit(peek())) {
                throw error("invalid number");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!Character.isDigit(peek())) {
                throw error("invalid number");
            }
            digits();
        }
        try {
            return new BigDecimal(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("invalid number");
        }
    }

    private void digits() {
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
    }

    private Object literal(String word, Object value) throws MalformedException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected text; expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) throws MalformedException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private MalformedException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new MalformedException("line " + line + ", column " + column + ": " + message);
    }
}
