package org.dualimpact.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * Path and query parameters obey the rule for all text from a client (no control character, no
 * unpaired surrogate: {@link Validation#unsafeCharacters}), and a path parameter is never blank
 * ({@code /public/territories/%20/impact} names no territory). Checked once here, after the role
 * check, so no resource meets such a value; refused with 400 {@code invalid-parameter} naming each
 * parameter, as {@code Params} does for a value of the wrong form.
 */
@Provider
@Priority(Priorities.USER)
public class ParameterCheckFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> path = request.getUriInfo().getPathParameters(true);
        for (Map.Entry<String, List<String>> parameter : path.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.isBlank()) {
                    errors.add(new FieldError(parameter.getKey(), "must not be blank"));
                } else {
                    check(parameter.getKey(), value, errors);
                }
            }
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            check(parameter.getKey(), parameter.getKey(), errors);
            for (String value : parameter.getValue()) {
                check(parameter.getKey(), value, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter",
                    "The request has " + errors.size() + " invalid parameter" + (errors.size() == 1 ? "" : "s") + ".",
                    errors);
        }
    }

    private static void check(String name, String value, List<FieldError> errors) {
        String why = Validation.unsafeCharacters(value);
        if (why != null) {
            errors.add(new FieldError(Validation.withUnsafeCharactersReplaced(name), why));
        }
    }
}
