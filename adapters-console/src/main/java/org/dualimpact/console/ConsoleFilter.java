package org.dualimpact.console;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.dualimpact.console.signin.SessionRules;
import org.dualimpact.console.signin.SignedInUser;

/**
 * Runs before every console request: sets the security headers, ends a session whose absolute
 * lifetime has passed or that was idle too long, and refuses with 403 any state-changing request
 * whose form does not carry the session's CSRF token.
 */
@WebFilter(urlPatterns = "/*")
public class ConsoleFilter extends HttpFilter {

    /** The name of the hidden form field that carries the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    private static final long serialVersionUID = 1L;
    private static final String SIGN_OUT = "/signout";
    /** The session attribute holding the time of the session's last request (for the idle time-out). */
    private static final String LAST_REQUEST = "dualimpact.console.last-request";

    @Inject
    transient ConsoleSettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; object-src 'none'; "
                + "base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + settings.providerOrigin());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        Optional<SignedInUser> user = SessionUsers.of(request);
        if (user.isPresent() && timedOut(request.getSession(false), user.get(), Instant.now())) {
            request.getSession(false).invalidate();
            user = Optional.empty();
        }
        if (user.isPresent()) {
            request.getSession(false).setAttribute(LAST_REQUEST, Instant.now());
            response.setHeader("Cache-Control", "no-store");
        }
        if (user.isEmpty() && SIGN_OUT.equals(request.getServletPath())) {
            response.sendRedirect("/");
            return;
        }
        if (!isSafe(request.getMethod())) {
            String token;
            try {
                token = request.getParameter(CSRF_FIELD);
            } catch (IllegalStateException tooLarge) {
                // a multipart form beyond its servlet's limits cannot be read at all
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            if (!SessionRules.csrfMatches(user.map(SignedInUser::csrfToken).orElse(null), token)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Whether the session passed its absolute lifetime, or was idle too long since its last request. */
    private boolean timedOut(HttpSession session, SignedInUser user, Instant now) {
        if (SessionRules.expired(user.signedInAt(), now, settings.absoluteTimeout())) {
            return true;
        }
        Instant last = (Instant) session.getAttribute(LAST_REQUEST);
        return last != null && SessionRules.idle(last, now, settings.idleTimeout());
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
