package org.dualimpact.it;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;

/**
 * Request bodies for the fuzz, derived from the code: the body parameter of each JAX-RS resource
 * method in the built web module (its request record, read by reflection) gives a plausible base body
 * and, for every field down the nesting, a set of mistaken values (wrong types, control characters,
 * lone surrogates, blank, huge, negative). Each mutation changes one field of the base body.
 */
final class FuzzBodies {

    /** A body for one operation: its media type, a plausible base and the mistaken variants. */
    record Body(String contentType, String base, List<String> mutations) {
    }

    /** Replaced in the written JSON by a JSON escape of a lone surrogate (a Java writer would turn it into '?'). */
    private static final String LONE_HIGH = "FUZZ-LONE-HIGH-SURROGATE";
    private static final String LONE_LOW = "FUZZ-LONE-LOW-SURROGATE";
    private static final String HUGE_TEXT = "x".repeat(100_000);
    private static final List<JsonValue> ODD_TEXT = List.of(text(""), text("   "), text("\u0000"), text("a\u0001b"),
            text("a\u007fb"), text("a\u0085b"), text(LONE_HIGH), text(LONE_LOW), text(HUGE_TEXT), number("123"), JsonValue.TRUE,
            JsonValue.NULL);
    private static final List<JsonValue> ODD_NUMBERS = List.of(number("-1"), number("0"), text("1"), text("x\u0000"),
            number("1e400"), number("99999999999999999999999999999"), number("-99999999999999999999999999999"),
            number("0.000000001"), JsonValue.FALSE, JsonValue.NULL);
    private static final List<JsonValue> ODD_DATES = List.of(text("2027-13-45"), text(""), text("+999999999-12-31"),
            text("0000-01-01"), text("2027-01-01T25:61:00Z"), text("a\u0000"), number("20270101"), JsonValue.NULL);
    private static final List<JsonValue> ODD_ENUMS = List.of(text("NOPE"), text(""), text("a\u0000"), text(LONE_HIGH),
            number("1"), JsonValue.NULL);
    private static final List<JsonValue> ODD_FLAGS = List.of(text("yes"), number("1"), JsonValue.NULL);
    private static final List<JsonValue> ODD_STRUCTURES = List.of(text("x"), number("1"), JsonValue.NULL,
            JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_ARRAY);
    private static final List<String> ODD_WHOLE_BODIES = List.of("", "null", "[]", "\"x\"", "123", "{", "{\"\":1}",
            "{\"a\u0000\":1}", "[" + "[".repeat(2000));
    private static final List<String> ODD_TEXT_BODIES = List.of("", "\u0000", "a,b\r\n\u0001,\u007f", HUGE_TEXT, "{");

    private final Map<String, Method> operations = new HashMap<>();

    FuzzBodies() {
        Path classes = Path.of(System.getProperty("it.project.root", "..")).resolve("adapters-web/target/classes");
        try (Stream<Path> files = Files.walk(classes);
                URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                index(loader, name);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the web module's classes are not built: " + classes, e);
        }
        if (operations.size() < 50) {
            throw new IllegalStateException("too few resource methods found in " + classes + ": " + operations.size());
        }
    }

    /** The body of the operation, when it takes one. */
    Optional<Body> of(String template, String method) {
        Method resource = operations.get(method.toUpperCase(Locale.ROOT) + " " + normalise(template));
        if (resource == null) {
            return Optional.empty();
        }
        for (int i = 0; i < resource.getParameterCount(); i++) {
            if (isEntity(resource.getParameterAnnotations()[i])) {
                return Optional.of(body(consumes(resource), resource.getGenericParameterTypes()[i]));
            }
        }
        return Optional.empty();
    }

    private void index(ClassLoader loader, String name) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            jakarta.ws.rs.Path classPath = type.getAnnotation(jakarta.ws.rs.Path.class);
            if (classPath == null) {
                return;
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
                        operations.put(http.value() + " " + normalise("/api/v1/" + classPath.value() + "/"
                                + (path == null ? "" : path.value())), method);
                    }
                }
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // a class that needs what the test class path lacks declares no request body the fuzz can use
        }
    }

    /** {@code /a//{id: [0-9]+}/} → {@code /a/{id}}. */
    static String normalise(String path) {
        String p = path.replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*\\}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static boolean isEntity(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
                return false;
            }
        }
        return true;
    }

    private static String consumes(Method method) {
        Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
                .orElse(method.getDeclaringClass().getAnnotation(Consumes.class));
        return consumes == null || consumes.value().length == 0 ? "application/json" : consumes.value()[0].split(",")[0].strip();
    }

    private static Body body(String contentType, Type type) {
        if (!contentType.contains("json")) {
            return new Body(contentType, "x", ODD_TEXT_BODIES);
        }
        List<String> leaves = new ArrayList<>();
        List<List<JsonValue>> odd = new ArrayList<>();
        JsonValue base = value(type, "", "", leaves, odd, 0);
        List<String> mutations = new ArrayList<>(ODD_WHOLE_BODIES);
        if (base instanceof JsonStructure structure) {
            for (int i = 0; i < leaves.size(); i++) {
                if (leaves.get(i).isEmpty()) {
                    continue; // the whole body: ODD_WHOLE_BODIES
                }
                for (JsonValue mistake : odd.get(i)) {
                    mutations.add(write(Json.createPointer(leaves.get(i)).replace(structure, mistake)));
                }
            }
        }
        return new Body(contentType, write(base), mutations);
    }

    /** A plausible value of the type; records each field (JSON Pointer) with the mistakes to try there. */
    private static JsonValue value(Type type, String name, String pointer, List<String> leaves, List<List<JsonValue>> odd,
            int depth) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            Type element = generic.getActualTypeArguments()[0];
            if (Collection.class.isAssignableFrom(raw)) {
                JsonValue item = value(element, name, pointer + "/0", leaves, odd, depth + 1);
                leaf(pointer, ODD_STRUCTURES, leaves, odd);
                return Json.createArrayBuilder().add(item).build();
            }
            if (Optional.class.equals(raw)) {
                return value(element, name, pointer, leaves, odd, depth);
            }
            leaf(pointer, ODD_STRUCTURES, leaves, odd);
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        Class<?> c = type instanceof Class<?> k ? k : Object.class;
        if (c.isRecord() && depth < 4) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (RecordComponent component : c.getRecordComponents()) {
                object.add(component.getName(), value(component.getGenericType(), component.getName(),
                        pointer + "/" + component.getName(), leaves, odd, depth + 1));
            }
            if (!pointer.isEmpty()) {
                leaf(pointer, ODD_STRUCTURES, leaves, odd);
            }
            return object.build();
        }
        if (c.isEnum()) {
            leaf(pointer, ODD_ENUMS, leaves, odd);
            return text(((Enum<?>) c.getEnumConstants()[0]).name());
        }
        if (c == boolean.class || c == Boolean.class) {
            leaf(pointer, ODD_FLAGS, leaves, odd);
            return JsonValue.TRUE;
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
            leaf(pointer, ODD_NUMBERS, leaves, odd);
            return number("1");
        }
        if (TemporalAccessor.class.isAssignableFrom(c) || Temporal.class.isAssignableFrom(c)) {
            leaf(pointer, ODD_DATES, leaves, odd);
            return text(c.getSimpleName().equals("YearMonth") ? "2027-01" : c.getSimpleName().equals("LocalDate")
                    ? "2027-01-01" : "2027-01-01T00:00:00Z");
        }
        if (c.isArray() || Collection.class.isAssignableFrom(c)) {
            leaf(pointer, ODD_STRUCTURES, leaves, odd);
            JsonArrayBuilder array = Json.createArrayBuilder();
            return array.build();
        }
        if (c == String.class || c == Object.class || c == UUID.class) {
            leaf(pointer, ODD_TEXT, leaves, odd);
            return text(plausibleText(name));
        }
        leaf(pointer, ODD_STRUCTURES, leaves, odd);
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String plausibleText(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("territor")) {
            return "E23000029";
        }
        if (n.contains("region")) {
            return "E12000008";
        }
        if (n.contains("email")) {
            return "fuzz@example.org";
        }
        if (n.contains("currency")) {
            return "GBP";
        }
        return "Fuzz " + name;
    }

    private static void leaf(String pointer, List<JsonValue> mistakes, List<String> leaves, List<List<JsonValue>> odd) {
        leaves.add(pointer);
        odd.add(mistakes);
    }

    private static JsonValue text(String value) {
        return Json.createValue(value);
    }

    private static JsonValue number(String value) {
        return Json.createValue(new BigDecimal(value));
    }

    private static String write(JsonValue value) {
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriter(out)) {
            writer.write(value);
        }
        return out.toString().replace(LONE_HIGH, "a\\ud800b").replace(LONE_LOW, "a\\udc00b");
    }
}
