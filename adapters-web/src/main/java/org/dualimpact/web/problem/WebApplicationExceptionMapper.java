package org.dualimpact.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself (no such path, wrong method, wrong content type, body that
 * cannot be read) → problem documents with the runtime's status.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response response = exception.getResponse();
        if (response != null && response.hasEntity() && response.getMediaType() != null
                && Problems.PROBLEM_JSON.isCompatible(response.getMediaType())) {
            return response; // already a problem document (e.g. 428 from a resource)
        }
        int status = response == null ? 500 : response.getStatus();
        if (MalformedBodyMapper.isBodyProblem(exception)) {
            return MalformedBodyMapper.problem(exception);
        }
        return switch (status) {
            case 400 -> Problems.of(400, "bad-request", "Bad request", "The request could not be understood.");
            case 401 -> Problems.unauthenticated();
            case 403 -> Problems.forbidden("You may not perform this operation.");
            case 404 -> Problems.of(404, "not-found", "Not found", "There is no resource at this address.");
            case 405 -> Problems.of(405, "method-not-allowed", "Method not allowed",
                    "This resource does not support the request's method.");
            case 406 -> Problems.of(406, "not-acceptable", "Not acceptable",
                    "This resource cannot answer in any media type the request accepts.");
            case 415 -> Problems.of(415, "unsupported-media-type", "Unsupported media type",
                    "This resource does not accept the request's Content-Type; send application/json.");
            default -> status >= 500 ? UnexpectedErrorMapper.problem(exception)
                    : Problems.of(status, "http-" + status, "Request refused", "The request was refused.");
        };
    }
}
