package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document, which {@link OpenApiDocumentIT} proves is the served one, must
 * not get worse: every operation named, typed and with its problem+json errors, every body with a
 * schema, no empty object schema.
 */
class OpenApiDocumentTest {

    private static final String[] METHODS = {"get", "post", "put", "patch", "delete"};
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static JsonObject document;

    @BeforeAll
    static void read() throws IOException {
        document = (JsonObject) Api.json(Files.readString(Path.of(OpenApiDocumentIT.GOLDEN), StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentIsOpenApi31() {
        assertTrue(document.getString("openapi").startsWith("3.1."), document.getString("openapi"));
    }

    @Test
    void everyOperationHasAUniqueOperationId() {
        Set<String> ids = new HashSet<>();
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> {
            String id = operation.getString("operationId", "");
            if (id.isEmpty() || !ids.add(id)) {
                failures.add(name + (id.isEmpty() ? ": no operationId" : ": operationId " + id + " is used twice"));
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void everySuccessfulResponseDescribesItsBody() {
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> operation.getJsonObject("responses").forEach((status, response) -> {
            if (status.startsWith("2") && !status.equals("204") && !hasSchemas(response.asJsonObject())) {
                failures.add(name + " " + status + ": no content schema");
            }
        }));
        assertEquals(List.of(), failures);
    }

    @Test
    void everyRequestBodyHasASchema() {
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> {
            if (operation.containsKey("requestBody") && !hasSchemas(operation.getJsonObject("requestBody"))) {
                failures.add(name + ": a request body without a schema");
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void everyOperationDocumentsTheProblemsItCanAnswer() {
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            List<String> expected = new ArrayList<>(List.of("400", "500"));
            if (operation.containsKey("security") && !operation.getJsonArray("security").isEmpty()) {
                expected.addAll(List.of("401", "403", "429"));
            }
            List<JsonObject> parameters = operation.containsKey("parameters")
                    ? operation.getJsonArray("parameters").getValuesAs(JsonObject.class) : List.of();
            if (parameters.stream().anyMatch(p -> p.getString("in").equals("path"))) {
                expected.add("404");
            }
            if (operation.containsKey("requestBody")) {
                expected.add("415");
            }
            parameters.stream().filter(p -> p.getString("name").equals("If-Match")).findFirst().ifPresent(ifMatch -> {
                expected.add("412");
                if (ifMatch.getBoolean("required", false)) {
                    expected.add("428");
                }
            });
            for (String status : expected) {
                JsonObject response = responses.getJsonObject(status);
                if (response == null || !response.toString().contains(PROBLEM_REF)
                        || !response.getJsonObject("content").containsKey(Api.PROBLEM_JSON)) {
                    failures.add(name + " " + status + ": no problem+json response");
                }
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void decimalsStateTheirScaleAsNumbers() {
        JsonObject contribution = document.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("ContributionJson").getJsonObject("properties");
        assertEquals(new BigDecimal("0.01"), contribution.getJsonObject("value").getJsonNumber("multipleOf").bigDecimalValue());
        assertEquals(new BigDecimal("0.001"), contribution.getJsonObject("quantity").getJsonNumber("multipleOf").bigDecimalValue());
        List<String> failures = new ArrayList<>();
        numbersWithPatterns("#", document, failures);
        assertEquals(List.of(), failures, "a pattern on a number schema is ignored");
    }

    private static void numbersWithPatterns(String where, JsonValue value, List<String> failures) {
        if (value instanceof JsonObject object) {
            if (object.containsKey("pattern") && object.containsKey("type") && object.get("type").toString().contains("number")) {
                failures.add(where);
            }
            object.forEach((key, child) -> numbersWithPatterns(where + "/" + key, child, failures));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                numbersWithPatterns(where + "/" + i, array.get(i), failures);
            }
        }
    }

    @Test
    void noSchemaIsAnEmptyObject() {
        List<String> failures = new ArrayList<>();
        document.getJsonObject("components").getJsonObject("schemas")
                .forEach((name, schema) -> emptyObjects("#/components/schemas/" + name, schema, failures));
        operations((name, operation) -> emptyObjects(name, operation, failures));
        assertEquals(List.of(), failures);
    }

    /** An object schema must say what it holds (properties, a reference, or additional properties). */
    private static void emptyObjects(String where, JsonValue value, List<String> failures) {
        if (value instanceof JsonObject object) {
            boolean schema = "object".equals(object.containsKey("type") && object.get("type").getValueType() == JsonValue.ValueType.STRING
                    ? object.getString("type") : null);
            if (schema && !object.containsKey("properties") && !object.containsKey("$ref")
                    && !object.containsKey("additionalProperties") && !object.containsKey("description")) {
                failures.add(where + ": an empty object schema");
            }
            object.forEach((key, child) -> emptyObjects(where + "/" + key, child, failures));
        } else if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
            int i = 0;
            for (JsonValue child : value.asJsonArray()) {
                emptyObjects(where + "/" + i++, child, failures);
            }
        }
    }

    private static boolean hasSchemas(JsonObject withContent) {
        JsonObject content = withContent.getJsonObject("content");
        return content != null && !content.isEmpty()
                && content.values().stream().allMatch(m -> m.asJsonObject().containsKey("schema"));
    }

    private static void operations(BiConsumer<String, JsonObject> check) {
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (String method : METHODS) {
                JsonObject operation = path.getValue().asJsonObject().getJsonObject(method);
                if (operation != null) {
                    check.accept(method.toUpperCase() + " " + path.getKey(), operation);
                }
            }
        }
    }
}
