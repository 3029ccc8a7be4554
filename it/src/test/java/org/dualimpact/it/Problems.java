package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

/** Assertions on RFC 9457 problem responses. */
final class Problems {

    private Problems() {
    }

    /** Asserts status, media type, type slug and the required members; returns the document. */
    static JsonObject assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response::body);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith(Api.PROBLEM_JSON), "Content-Type was " + contentType);
        JsonObject problem = Api.object(response);
        assertEquals(Api.PROBLEM + code, problem.getString("type"), response::body);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(problem.getString("detail").isBlank());
        assertFalse(response.body().contains("Exception"), "a problem must not leak exception names: " + response.body());
        assertFalse(response.body().contains("\tat "), "a problem must not leak a stack trace");
        return problem;
    }
}
