package org.dualimpact.web.security;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.web.problem.Problems;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <JWT>} against the trusted identity
 * providers ({@link TrustedIssuers}) and sets the request's security context; a request without one goes
 * on anonymous (the role check refuses it where a role is needed).
 *
 * <ul>
 *   <li>A token that is not valid, or whose issuer is not trusted: 401 {@code unauthenticated} with
 *       {@code WWW-Authenticate: Bearer}, counted against the remote address; once the address has spent
 *       its allowance, 429 {@code too-many-requests} with {@code Retry-After} instead (valid tokens from
 *       the same address still pass).</li>
 *   <li>A valid token: its subject's request allowance is counted (429 when spent).</li>
 *   <li>The organisation to act for is chosen with the header {@value #ACTING_FOR_HEADER} or the query
 *       parameter {@value #ACTING_FOR_PARAMETER}; a malformed one is 400 {@code invalid-parameter}.</li>
 * </ul>
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

    /** The request header naming the organisation the caller acts for. */
    public static final String ACTING_FOR_HEADER = "Dual-Impact-Organisation";
    /** The query parameter naming the organisation the caller acts for (when the header cannot be set). */
    public static final String ACTING_FOR_PARAMETER = "actingFor";

    private static final Logger LOG = Logger.getLogger(BearerAuthenticationFilter.class.getName());
    private static final String BEARER = "Bearer ";

    @Inject
    TrustedIssuers issuers;

    @Inject
    RateLimits limits;

    @Inject
    RequestCaller caller;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return;
        }
        Caller verifiedCaller;
        try {
            TrustedIssuers.Verified verified = issuers.verify(authorization.substring(BEARER.length()).strip());
            verifiedCaller = Caller.of(verified.issuer(), verified.claims());
        } catch (TrustedIssuers.RefusedToken | IllegalArgumentException e) {
            String address = servletRequest.getRemoteAddr();
            LOG.fine(() -> "Bearer token from " + address + " refused: " + e.getMessage());
            OptionalLong blocked = limits.failedAuthentication(address);
            request.abortWith(blocked.isPresent()
                    ? Problems.tooManyRequests(blocked.getAsLong(), "Too many refused tokens came from your address.")
                    : Problems.unauthenticated());
            return;
        }
        OptionalLong wait = limits.request(verifiedCaller.identity().issuer(), verifiedCaller.identity().subject());
        if (wait.isPresent()) {
            request.abortWith(Problems.tooManyRequests(wait.getAsLong(), "You have sent too many requests."));
            return;
        }
        caller.authenticated(verifiedCaller, actingFor(request));
        request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
    }

    private static Optional<OrganisationId> actingFor(ContainerRequestContext request) {
        String name = ACTING_FOR_HEADER;
        String value = request.getHeaderString(ACTING_FOR_HEADER);
        if (value == null) {
            name = ACTING_FOR_PARAMETER;
            value = request.getUriInfo().getQueryParameters().getFirst(ACTING_FOR_PARAMETER);
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!OrganisationId.isValid(value.strip())) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-parameter",
                    "The request has 1 invalid parameter.",
                    List.of(new FieldError(name, "must be an organisation identifier such as GB-COH-09000001")));
        }
        return Optional.of(new OrganisationId(value.strip()));
    }
}
