package org.dualimpact.web.problem;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Anything else → 500 with an incident number. The stack trace goes to the server log under that
 * number, never to the client.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (MalformedBodyMapper.isBodyProblem(exception)) {
            return MalformedBodyMapper.problem(exception);
        }
        return problem(exception);
    }

    static Response problem(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
        return Problems.of(500, "internal-error", "Internal error",
                "The server could not complete the request. Quote incident " + incident + " to the operator.");
    }
}
