package org.dualimpact.web.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.dualimpact.kernel.shared.DomainException;

/** A refusal of the domain → its problem document (status from the refusal's kind). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        return Problems.of(exception);
    }
}
