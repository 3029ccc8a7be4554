package org.dualimpact.console.signin;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.ConsoleSettings;
import org.dualimpact.console.Page;
import org.dualimpact.console.Templates;

/**
 * {@code GET /signin} sends the browser to the provider with a fresh state, nonce and PKCE challenge;
 * {@code GET /signin/callback} completes the sign-in: the ID token is validated, the session id is
 * renewed (against session fixation), and the user, the sign-in time and a CSRF token go into the session;
 * the browser returns to the console page that sent it to sign in, or to the home page.
 */
@WebServlet(urlPatterns = {SignInServlet.START, SignInServlet.CALLBACK})
public class SignInServlet extends HttpServlet {

    static final String START = "/signin";
    static final String CALLBACK = "/signin/callback";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignInServlet.class.getName());

    @Inject
    transient OpenIdProvider provider;

    @Inject
    transient ConsoleSettings settings;

    @Inject
    transient Templates templates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            if (CALLBACK.equals(request.getServletPath())) {
                callback(request, response);
            } else {
                start(request, response);
            }
        } catch (SignInFailed e) {
            LOG.log(Level.WARNING, "Console sign-in failed: {0}", e.getMessage());
            templates.render(response, 400, "signin-failed.jte",
                    Map.of("page", new Page("Sign-in failed", settings.organisationName(), Optional.empty())));
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException, SignInFailed {
        OpenIdProvider.Start start = provider.start(URI.create(origin(request) + CALLBACK));
        HttpSession session = request.getSession(true);
        session.setAttribute(PendingSignIn.ATTRIBUTE, start.pending());
        response.sendRedirect(start.providerUri().toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException, SignInFailed {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (pending == null) {
            throw new SignInFailed("no sign-in was started in this session (expired, or a forged callback)");
        }
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        String query = request.getQueryString();
        URI callback = URI.create(pending.redirectUri() + (query == null ? "" : "?" + query));
        SignedInUser user = provider.complete(callback, pending, Instant.now(), SessionRules.newCsrfToken());
        request.changeSessionId();
        session.setMaxInactiveInterval((int) settings.idleTimeout().toSeconds());
        session.setAttribute(SignedInUser.ATTRIBUTE, user);
        LOG.info(() -> "Console sign-in of " + user.subject() + " from " + user.issuer());
        Object returnTo = session.getAttribute(ConsolePages.RETURN_TO);
        session.removeAttribute(ConsolePages.RETURN_TO);
        response.sendRedirect(returnTo instanceof String path && isConsolePath(path) ? path : "/");
    }

    /** Only a path of this console is a place to return to after signing in (never another site). */
    static boolean isConsolePath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.startsWith("/signin");
    }

    /** scheme://host[:port] of the request, as the browser addressed the console. */
    static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
