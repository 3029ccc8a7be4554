package org.dualimpact.web.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * One rule for all text a client sends in a body: no control character but tab, CR and LF, and no
 * half of a surrogate pair ({@link Validation#unsafeCharacters}). A JSON body is checked string by
 * string before it is bound, and the refusal names each field as the client wrote it
 * ({@code needs[0].description}); any other text body (CSV, plain text) is checked as a whole. Refused
 * with 400 {@code invalid-text}, so such text never reaches a hash, an export or the database (which
 * would answer 500 for a NUL). Body that is not well-formed JSON passes on to the binding, which
 * refuses it with its own problem.
 */
@Provider
public class UnsafeTextInterceptor implements ReaderInterceptor {

    /** The problem type of the refusal. */
    public static final String CODE = "invalid-text";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        boolean text = type != null && type.getType().equals("text");
        if (json || text) {
            byte[] body = context.getInputStream().readAllBytes();
            context.setInputStream(new ByteArrayInputStream(body));
            List<FieldError> errors = json ? jsonErrors(body) : textErrors(body, type);
            if (!errors.isEmpty()) {
                throw new DomainException(DomainException.Kind.INVALID_INPUT, CODE,
                        "Text in the request may not contain control characters (other than tab, CR and LF) "
                                + "or unpaired surrogates.", errors);
            }
        }
        return context.proceed();
    }

    /** Every string (and property name) of the document that breaks the rule, named by its path. */
    static List<FieldError> jsonErrors(byte[] body) {
        List<FieldError> errors = new ArrayList<>();
        Deque<Object> path = new ArrayDeque<>(); // a String (property name) or an int[] (array index) per level
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case KEY_NAME -> {
                        path.pop();
                        path.push(parser.getString());
                        check(parser.getString(), name(path), errors);
                    }
                    case VALUE_STRING -> {
                        check(parser.getString(), name(path), errors);
                        advance(path);
                    }
                    case START_OBJECT -> path.push("");
                    case START_ARRAY -> path.push(new int[] {0});
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        advance(path);
                    }
                    default -> advance(path);
                }
            }
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            // not well-formed: the JSON binding refuses it as malformed-json
        } catch (RuntimeException e) {
            // Parsson refuses nesting deeper than its limit with a bare RuntimeException, which the
            // binding would meet too and which no mapper can tell from a server fault
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "malformed-json",
                    "The request body is not well-formed JSON, or is nested too deeply.", List.of());
        }
        return errors;
    }

    private static List<FieldError> textErrors(byte[] body, MediaType type) {
        String charset = type.getParameters().getOrDefault(MediaType.CHARSET_PARAMETER, StandardCharsets.UTF_8.name());
        List<FieldError> errors = new ArrayList<>();
        try {
            check(new String(body, charset), "body", errors);
        } catch (UnsupportedEncodingException e) {
            // the reader refuses an unknown charset itself
        }
        return errors;
    }

    private static void check(String text, String field, List<FieldError> errors) {
        String why = Validation.unsafeCharacters(text);
        if (why != null) {
            errors.add(new FieldError(field.isEmpty() ? "body" : Validation.withUnsafeCharactersReplaced(field), why));
        }
    }

    /** Moves an array level on to its next element. */
    private static void advance(Deque<Object> path) {
        if (!path.isEmpty() && path.peek() instanceof int[] index) {
            index[0]++;
        }
    }

    /** {@code needs[0].description}, as Bean Validation's refusals name fields. */
    private static String name(Deque<Object> path) {
        StringBuilder name = new StringBuilder();
        Iterator<Object> levels = path.descendingIterator();
        while (levels.hasNext()) {
            Object level = levels.next();
            if (level instanceof int[] index) {
                name.append('[').append(index[0]).append(']');
            } else if (!((String) level).isEmpty()) {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(level);
            }
        }
        return name.toString();
    }
}
