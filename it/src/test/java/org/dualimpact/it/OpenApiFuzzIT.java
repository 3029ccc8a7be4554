package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation of the served OpenAPI document with a token of a role it allows and sends
 * a client's mistakes: wrong types, control characters, lone surrogates, blank, huge and negative
 * values in every body field ({@link FuzzBodies}), and malformed path, query and header
 * parameters. No answer may be a 5xx, and every 4xx must be a problem document.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiFuzzIT {

    /** Path and query values a client might send by mistake, already percent-encoded. */
    static final List<String> ODD_PARAMETERS = List.of("%00", "a%01b", "a%09b", "%0A", "%0D%0A", "%7F", "%C2%85",
            "%ED%A0%80", "%C3%28", "%FF", "%20", "%20%20", "-1", "0", "-99999999999999999999",
            "99999999999999999999999999999", "1e999", "NaN", "%25", "..", "%2E%2E%2F", "a%2Fb", "%22%27%3C%3E", "x".repeat(3000));
    static final List<String> ODD_HEADERS = List.of("", "garbage", "\"\"", "W/\"-1\"", "\"99999999999999999999999\"", "*",
            "x".repeat(5000));
    private static final String[] METHODS = {"get", "post", "put", "patch", "delete"};
    /** Keeps the walk well inside the suite's time: the walk stops sending after this. */
    private static final long BUDGET_MILLIS = 150_000;
    private static final int MAX_FAILURES_SHOWN = 40;

    /** Tokens to try per operation, in order; the first one the role check lets through is used. */
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    static {
        TOKENS.put("anonymous", null);
        TOKENS.put("buyer", Api.token("fuzz.buyer", "GB-PFA-E23000029", "buyer"));
        TOKENS.put("supplier", Api.token("fuzz.supplier", "GB-COH-09000001", "supplier"));
        TOKENS.put("provider", Api.token("fuzz.provider", "GB-CHC-1190001", "provider"));
        TOKENS.put("admin", Api.token("fuzz.admin", null, "admin"));
        TOKENS.put("auditor", Api.token("fuzz.auditor", null, "auditor"));
        TOKENS.put("hub", Api.token("fuzz.hub", null, "hub"));
        TOKENS.put("operator", Api.token("fuzz.operator", null, "operator"));
    }

    private final List<String> failures = new ArrayList<>();
    private final Map<String, Optional<String>> discovered = new LinkedHashMap<>();
    private final FuzzBodies bodies = new FuzzBodies();
    private int requests;
    private int refusedByLiberty;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private long deadline;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void noOperationAnswersAClientsMistakeWithA5xxOrWithoutAProblemDocument() {
        long start = System.currentTimeMillis();
        deadline = start + BUDGET_MILLIS;
        HttpResponse<String> served = Api.get("/openapi?format=JSON", null);
        assertEquals(200, served.statusCode(), served::body);
        JsonObject paths = Api.object(served).getJsonObject("paths");
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            JsonObject item = path.getValue().asJsonObject();
            for (String method : METHODS) {
                if (item.containsKey(method)) {
                    operations++;
                    fuzz(path.getKey(), method, item, item.getJsonObject(method));
                }
            }
        }
        long seconds = (System.currentTimeMillis() - start) / 1000;
        System.out.printf("OpenApiFuzzIT: %d operations, %d requests (%d refused by Liberty before the application), %d s, "
                + "%d failures; answers by status %s%n", operations, requests, refusedByLiberty, seconds, failures.size(), statuses);
        failures.forEach(f -> System.out.println("FUZZ FAILURE " + f));
        assertTrue(operations > 50, "too few operations in the document: " + operations);
        assertTrue(System.currentTimeMillis() < deadline, "the walk did not finish within its budget; " + requests + " requests");
        assertTrue(failures.isEmpty(), failures.size() + " answers were 5xx or not problem documents:\n"
                + String.join("\n", failures.subList(0, Math.min(MAX_FAILURES_SHOWN, failures.size()))));
    }

    @Test
    void anUnprocessableRequestIsAnsweredWithItsReasonPhrase() {
        String pending = Story.publishedProvision("phrase" + Story.unique());

        RawHttp.Answer answer = RawHttp.exchange("POST", "/api/v1/spos", bearer(Story.SUPPLIER_A),
                Story.spoBody(pending, "Too early"));

        assertEquals("HTTP/1.1 422 Unprocessable Content", answer.statusLine(), answer::body);
    }

    @Test
    void aChangeWithoutIfMatchIsAnsweredWithItsReasonPhrase() {
        String provision = Story.auditedProvision("phrase" + Story.unique());
        String reference = Story.draft(Story.SUPPLIER_A, provision, "Reason phrase");

        RawHttp.Answer answer = RawHttp.exchange("PUT", "/api/v1/spos/" + reference, bearer(Story.SUPPLIER_A),
                Story.spoBody(provision, "No If-Match"));

        assertEquals("HTTP/1.1 428 Precondition Required", answer.statusLine(), answer::body);
    }

    @Test
    void aBlankCodeOnThePublicImpactEndpointsIsAnInvalidParameter() {
        for (String path : List.of("/api/v1/public/territories/%20/impact", "/api/v1/public/regions/%20%20/impact")) {
            JsonObject problem = Problems.assertProblem(Api.get(path, null), 400, "invalid-parameter");

            assertEquals("code", problem.getJsonArray("errors").getJsonObject(0).getString("field"), path);
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesInABodyAreRefusedNamingTheField() {
        String provision = Story.publishedProvision("fuzz" + Story.unique());
        for (String reason : List.of("a\\u0000b", "line\\u001b[31m", "a\\ud800b", "\\udc00")) {
            HttpResponse<String> response = Story.post("/api/v1/provisions/" + provision + "/audit", Story.BUYER,
                    "{\"decision\": \"SUSPENDED\", \"reason\": \"" + reason + "\"}");

            JsonObject problem = Problems.assertProblem(response, 400, "invalid-text");
            assertEquals("reason", problem.getJsonArray("errors").getJsonObject(0).getString("field"), reason);
        }
    }

    @Test
    void aControlCharacterDeepInABodyIsNamedByItsPath() {
        HttpResponse<String> response = Story.post("/api/v1/provisions", Story.PROVIDER_A, """
                {"title": "Nested", "territories": ["E23000029"],
                 "needs": [{"type": "MONEY", "description": "fine"}, {"type": "MONEY", "description": "bell\\u0007"}]}""");

        JsonObject problem = Problems.assertProblem(response, 400, "invalid-text");
        assertEquals("needs[1].description", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anEncodedControlCharacterInAQueryIsAnInvalidParameter() {
        for (String query : List.of("q=%00", "q=a%09%1Bb", "territory=%7F")) {
            JsonObject problem = Problems.assertProblem(Api.get("/api/v1/spotlight?" + query, Story.BUYER), 400,
                    "invalid-parameter");

            assertEquals(query.substring(0, query.indexOf('=')), problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void whatLibertyRefusesBeforeChoosingAnApplicationIsAClientError() {
        // Liberty answers these itself, with a body of its own (README: what cannot be changed); a 400 all the same
        for (String path : List.of("/api/v1/territories/%00", "/api/v1/territories/a%09b", "/api/v1/territories/%ZZ")) {
            RawHttp.Answer answer = RawHttp.exchange("GET", path, "", null);

            assertEquals(400, answer.status(), path);
            assertTrue(isLibertyRefusal(400, answer.body()), answer::body);
        }
        assertEquals(400, RawHttp.exchange("GET", "/api/v1/territories/E23000029", "X-Big: " + "x".repeat(70_000) + "\r\n",
                null).status());
    }

    /** Liberty's own refusal of a request URI with an encoded control character or a bad escape (no application is chosen yet). */
    private static boolean isLibertyRefusal(int status, String body) {
        return status == 400 && body.contains("CWWWC0005I");
    }

    private static String bearer(String token) {
        return "Authorization: Bearer " + Api.ready(token) + "\r\n";
    }

    private void fuzz(String template, String method, JsonObject item, JsonObject operation) {
        List<JsonObject> parameters = new ArrayList<>();
        Optional.ofNullable(item.getJsonArray("parameters")).ifPresent(a -> a.getValuesAs(JsonObject.class).forEach(parameters::add));
        Optional.ofNullable(operation.getJsonArray("parameters")).ifPresent(a -> a.getValuesAs(JsonObject.class).forEach(parameters::add));
        Optional<FuzzBodies.Body> body = bodies.of(template, method);
        String token = tokenFor(template, method, parameters, body);
        Map<String, String> pathValues = pathValues(template, parameters, token);
        String base = expand(template, pathValues);
        String baseBody = body.map(FuzzBodies.Body::base).orElse(null);
        for (JsonObject parameter : parameters) {
            String name = parameter.getString("name");
            switch (parameter.getString("in", "")) {
                case "path" -> {
                    for (String odd : ODD_PARAMETERS) {
                        Map<String, String> values = new LinkedHashMap<>(pathValues);
                        values.put(name, odd);
                        send(method, expand(template, values), token, Map.of(), body, baseBody);
                    }
                }
                case "query" -> {
                    for (String odd : ODD_PARAMETERS) {
                        send(method, base + "?" + name + "=" + odd, token, Map.of(), body, baseBody);
                    }
                    send(method, base + "?" + name + "=", token, Map.of(), body, baseBody);
                }
                case "header" -> {
                    if (!name.equalsIgnoreCase("Authorization") && !name.equalsIgnoreCase("Content-Type")
                            && !name.equalsIgnoreCase("Accept")) {
                        for (String odd : ODD_HEADERS) {
                            send(method, base, token, Map.of(name, odd), body, baseBody);
                        }
                    }
                }
                default -> {
                    // cookies are not used by this API
                }
            }
        }
        body.ifPresent(b -> {
            for (String mutated : b.mutations()) {
                send(method, base, token, Map.of(), body, mutated);
            }
        });
        if (body.isEmpty() && !method.equals("get") && !method.equals("delete")) {
            // an operation that takes no body must still refuse junk sent as one without a 5xx (sent to
            // an object that does not exist: such an operation would otherwise act on a real one)
            send(method, expand(template, Map.of()), token, Map.of(), Optional.empty(), "{\"x\":\"\\u0000\"}");
        }
    }

    /** The first token that the role check does not refuse (an allowed role), else the admin's. */
    private String tokenFor(String template, String method, List<JsonObject> parameters, Optional<FuzzBodies.Body> body) {
        String probe = expand(template, Map.of());
        for (String token : TOKENS.values()) {
            HttpResponse<String> response = send(method, probe, token, Map.of(), body, body.isPresent() ? "{}" : null);
            if (response != null && response.statusCode() != 401 && !isRoleRefusal(response)) {
                return token;
            }
        }
        return TOKENS.get("admin");
    }

    private static boolean isRoleRefusal(HttpResponse<String> response) {
        return response.statusCode() == 403 && response.body().contains(Api.PROBLEM + "forbidden\"");
    }

    /**
     * A real value for each path parameter where the collection above it lists one (so requests reach
     * past the lookup), else {@code 1}.
     */
    private Map<String, String> pathValues(String template, List<JsonObject> parameters, String token) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonObject parameter : parameters) {
            if (!"path".equals(parameter.getString("in", ""))) {
                continue;
            }
            String name = parameter.getString("name");
            int at = template.indexOf("{" + name + "}");
            String collection = expand(template.substring(0, Math.max(0, at - 1)), values);
            values.put(name, discovered.computeIfAbsent(collection + "|" + name, k -> discover(collection, name, token))
                    .orElse("1"));
        }
        return values;
    }

    private Optional<String> discover(String collection, String name, String token) {
        if (collection.contains("{")) {
            return Optional.empty();
        }
        HttpResponse<String> response = send("get", collection, token, Map.of(), Optional.empty(), null);
        if (response == null || response.statusCode() != 200 || !response.headers().firstValue("Content-Type")
                .orElse("").startsWith("application/json")) {
            return Optional.empty();
        }
        JsonValue json = Api.json(response.body());
        JsonArray items = json instanceof JsonArray a ? a
                : json instanceof JsonObject o && o.get("items") instanceof JsonArray b ? b : null;
        if (items == null || items.isEmpty() || !(items.get(0) instanceof JsonObject first)) {
            return Optional.empty();
        }
        for (String key : List.of(name, "id", "ref", "reference", "code", "key", "seq")) {
            JsonValue value = first.get(key);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL
                    && value.getValueType() != JsonValue.ValueType.OBJECT && value.getValueType() != JsonValue.ValueType.ARRAY) {
                String text = value instanceof JsonString s ? s.getString() : value.toString();
                return Optional.of(URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return Optional.empty();
    }

    private static String expand(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}/]+\\}", "1");
    }

    private HttpResponse<String> send(String method, String path, String token, Map<String, String> headers,
            Optional<FuzzBodies.Body> body, String entity) {
        if (System.currentTimeMillis() > deadline) {
            return null;
        }
        HttpRequest.Builder request = Api.request(path, token);
        headers.forEach(request::header);
        String contentType = body.map(FuzzBodies.Body::contentType).orElse("application/json");
        HttpRequest.BodyPublisher publisher = entity == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(entity);
        if (entity != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method.toUpperCase(Locale.ROOT), publisher);
        HttpResponse<String> response;
        try {
            response = Api.send(request);
        } catch (IllegalArgumentException | IllegalStateException e) {
            failures.add(method.toUpperCase(Locale.ROOT) + " " + path + ": no answer (" + e + ")");
            return null;
        }
        requests++;
        check(method, path, entity, response);
        return response;
    }

    private void check(String method, String path, String entity, HttpResponse<String> response) {
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String problem = null;
        if (status >= 500) {
            problem = "answered " + status;
        } else if (isLibertyRefusal(status, response.body())) {
            refusedByLiberty++;
        } else if (status >= 400 && !contentType.startsWith(Api.PROBLEM_JSON)) {
            problem = "answered " + status + " as " + contentType;
        }
        if (problem != null) {
            failures.add(method.toUpperCase(Locale.ROOT) + " " + abbreviate(path) + (entity == null ? "" : " " + abbreviate(entity))
                    + ": " + problem + " " + abbreviate(response.body()));
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + ")";
    }
}
