package org.dualimpact.web.problem;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.dualimpact.kernel.shared.FieldError;

/**
 * An RFC 9457 problem details document. {@code type} is a stable URI
 * ({@code urn:dualimpact:problem:<code>}), {@code title} is the same for every occurrence of that
 * type, {@code detail} explains this occurrence. {@code errors} lists the fields that failed
 * validation, when there are any.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String TYPE_PREFIX = "urn:dualimpact:problem:";
}
