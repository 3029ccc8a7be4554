package org.dualimpact.web.problem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or JSON that does not fit the resource (an unknown property, a
 * string where a number belongs) → 400. Unknown properties are named; the parser's own message is
 * never echoed, since it can carry internal class names.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    /** Yasson's message for an unknown property ({@code unknownJsonProperty}, English: the server runs en-GB). */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property ([A-Za-z0-9_$.-]{1,100}) can not be mapped");

    @Override
    public Response toResponse(JsonbException exception) {
        return problem(exception);
    }

    static boolean isBodyProblem(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonParsingException
                    || t instanceof JsonException) {
                return true;
            }
            if (t instanceof ProcessingException && t != exception) {
                return true;
            }
        }
        return false;
    }

    static Response problem(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
                if (unknown.find()) {
                    return Problems.of(400, "unknown-property", "Invalid request",
                            "The request body has a property this resource does not know: " + unknown.group(1) + ".");
                }
            }
            if (t instanceof JsonParsingException) {
                return Problems.of(400, "malformed-json", "Invalid request", "The request body is not well-formed JSON.");
            }
        }
        return Problems.of(400, "malformed-json", "Invalid request",
                "The request body is not valid JSON for this resource (check property names and value types).");
    }
}
