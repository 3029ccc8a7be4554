package org.dualimpact.web.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dualimpact.web.problem.Problems;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes every operation of the scanned document with what follows from the API's common rules
 * (docs/api-and-errors.md) rather than from one method: the problem+json error responses it can
 * answer, {@code If-Match} required where the server answers 428 without it, and the types of the
 * parameters that the resources parse from strings (sequence numbers, tree sizes, pages, years), and
 * the scale of decimals.
 */
public class ApiFilter implements OASFilter {

    /** Operations whose If-Match is optional (without it the change applies to the current version). */
    static final Set<String> IF_MATCH_OPTIONAL = Set.of("configureScoring", "submitAssessment", "auditProvision");
    static final String IF_MATCH = "If-Match";

    /** What the scanner writes for {@code @Digits(integer = i, fraction = f)}: {@code ^\d{1,i}([.]\d{1,f})?$}. */
    private static final Pattern DIGITS = Pattern.compile("\\^\\\\d\\{1,(\\d+)\\}\\(\\[\\.\\]\\\\d\\{1,(\\d+)\\}\\)\\?\\$");

    /** The API WAR's context root: the console has {@code /}, and the API's paths are documented in full. */
    static final String CONTEXT_ROOT = "/api";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        withContextRoot(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    /**
     * Paths start with the context root ({@code /api/v1/...}, as the URLs are), and the one server is the
     * server's root; otherwise Liberty would name {@code /api} in the servers and the paths {@code /v1/...}.
     */
    private static void withContextRoot(OpenAPI openAPI) {
        Map<String, PathItem> items = new LinkedHashMap<>(openAPI.getPaths().getPathItems());
        Paths paths = OASFactory.createPaths();
        items.forEach((path, item) -> paths.addPathItem(path.startsWith(CONTEXT_ROOT + "/") ? path : CONTEXT_ROOT + path, item));
        openAPI.paths(paths);
        openAPI.servers(List.of(OASFactory.createServer().url("/")));
    }

    /**
     * A decimal's {@code @Digits} reaches the document as a string pattern, which JSON Schema ignores on a
     * number: it becomes the scale ({@code multipleOf 0.01} for pence) and the bounds the digits allow.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getPattern() != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.NUMBER)) {
            Matcher digits = DIGITS.matcher(schema.getPattern());
            if (digits.matches()) {
                BigDecimal step = BigDecimal.ONE.movePointLeft(Integer.parseInt(digits.group(2)));
                BigDecimal largest = BigDecimal.TEN.pow(Integer.parseInt(digits.group(1))).subtract(step);
                schema.pattern(null).multipleOf(step).maximum(largest);
                if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                    schema.minimum(largest.negate());
                }
            }
        }
        return schema;
    }

    private void complete(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = Optional.ofNullable(operation.getParameters()).orElse(List.of());
        parameters.forEach(p -> type(path, p));
        boolean ifMatch = false;
        boolean ifMatchRequired = false;
        for (Parameter parameter : parameters) {
            if (parameter.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(parameter.getName())) {
                ifMatch = true;
                ifMatchRequired = !IF_MATCH_OPTIONAL.contains(operation.getOperationId());
                parameter.required(ifMatchRequired).description(ifMatchRequired
                        ? "The ETag of the version being changed (required: 428 without it, 412 if it is not the current one)"
                        : "The ETag of the version being changed (optional: 412 if it is not the current one)");
            }
        }
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean pathParameters = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean changes = method != PathItem.HttpMethod.GET;
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Bad request: invalid-parameter, malformed-json, unknown-property, invalid-text, validation-failed "
                + "or invalid-<thing>, with field errors");
        if (secured) {
            errors.put("401", "unauthenticated: no valid bearer token");
            errors.put("403", "forbidden: the caller's roles do not allow this operation, or a rule of the object refuses the "
                    + "caller; no-membership or not-a-member: the caller is no member (of the organisation named in "
                    + "Dual-Impact-Organisation)");
        }
        if (pathParameters) {
            errors.put("404", "<thing>-not-found: no such object, or one the caller may not see");
        }
        if (changes) {
            errors.put("409", "A conflict with the object's current state, such as transition-not-allowed");
        }
        if (ifMatch) {
            errors.put("412", "stale-version: If-Match is not the current version");
        }
        if (operation.getRequestBody() != null) {
            errors.put("415", "unsupported-media-type");
        }
        if (changes) {
            errors.put("422", "A business rule refuses the request, such as provision-not-audited");
        }
        if (ifMatchRequired) {
            errors.put("428", "if-match-required: the request has no If-Match");
        }
        if (secured) {
            errors.put("429", "too-many-requests: the caller's allowance is spent (Retry-After gives the seconds to wait)");
        }
        errors.put("500", "internal-error: an unexpected failure, with an incident number that is logged with its trace");
        APIResponses responses = Optional.ofNullable(operation.getResponses()).orElseGet(() -> {
            APIResponses created = OASFactory.createAPIResponses();
            operation.responses(created);
            return created;
        });
        errors.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) {
                responses.addAPIResponse(status, problem(description));
            }
        });
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problems.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ApiModel.PROBLEM))));
    }

    /** Parameters the resources parse into numbers are documented as numbers. */
    private static void type(String path, Parameter parameter) {
        String name = parameter.getName();
        boolean ledger = path.startsWith("/api/v1/ledger/");
        if (Set.of("seq", "treeSize", "first", "second").contains(name) || ledger && Set.of("from", "to").contains(name)) {
            parameter.schema(integer("int64"));
        } else if (Set.of("page", "size", "year", "limit", "offset").contains(name)) {
            parameter.schema(integer("int32"));
        }
    }

    private static Schema integer(String format) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format(format);
    }
}
