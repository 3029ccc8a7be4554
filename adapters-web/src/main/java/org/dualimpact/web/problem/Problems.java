package org.dualimpact.web.problem;

import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;

/**
 * Builds every error response of the API. Each kind of problem has one slug and one title here, so
 * the catalogue of {@code type}s integrators code against is this class (and README's table).
 */
public final class Problems {

    /** The media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private Problems() {
    }

    public static Response of(int status, String code, String title, String detail) {
        return of(status, code, title, detail, List.of());
    }

    public static Response of(int status, String code, String title, String detail, List<FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + code, title, status, detail, null,
                errors.isEmpty() ? null : errors);
        return Response.status(status).type(PROBLEM_JSON).entity(JSON.toJson(problem)).build();
    }

    public static Response unauthenticated() {
        Response problem = of(401, "unauthenticated", "Authentication required",
                "This operation needs a valid bearer token (Authorization: Bearer <JWT>).");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"dual-impact\"").build();
    }

    /** 429 with {@code Retry-After}: the client has spent its allowance (see RateLimits). */
    public static Response tooManyRequests(long retryAfterSeconds, String detail) {
        Response problem = of(429, "too-many-requests", "Too many requests",
                detail + " Try again in " + retryAfterSeconds + " s.");
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    public static Response forbidden(String detail) {
        return of(403, "forbidden", "Not permitted", detail);
    }

    /** The problem for a refusal of the domain; its code becomes the type. */
    public static Response of(DomainException e) {
        return switch (e.kind()) {
            case INVALID_INPUT -> of(400, e.code(), "Invalid request", e.getMessage(), e.fieldErrors());
            case NOT_PERMITTED -> of(403, e.code(), "Not permitted", e.getMessage());
            case NOT_FOUND -> of(404, e.code(), "Not found", e.getMessage());
            case CONFLICT -> of(409, e.code(), "Conflict with the current state", e.getMessage());
            case STALE -> of(412, e.code(), "Precondition failed", e.getMessage());
            case RULE_VIOLATED -> of(422, e.code(), "Business rule violated", e.getMessage(), e.fieldErrors());
        };
    }
}
