package org.dualimpact.web.problem;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.dualimpact.kernel.shared.FieldError;

/**
 * Bean Validation failures at the boundary → 400 {@code validation-failed} with one entry per field.
 * The field is named as the client wrote it: {@code name}, {@code territories[1]}, or the query or
 * path parameter's name.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return Problems.of(400, "validation-failed", "Invalid request",
                "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + ".", errors);
    }

    static String field(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                path.setLength(0);
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // Bean Validation puts a list index on the node after the list: commitments, [0]value
                if (node.isInIterable() && (node.getIndex() != null || node.getKey() != null)) {
                    path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    if (path.length() > 0) {
                        path.append('.');
                    }
                    path.append(node.getName());
                }
            }
        }
        if (path.length() > 0) {
            return path.toString();
        }
        return parameter != null ? parameter : "body";
    }
}
