package org.dualimpact.console;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.dualimpact.console.acting.Acting;
import org.dualimpact.console.acting.Memberships;
import org.dualimpact.console.signin.SignedInUser;

/**
 * What every signed-in page does first. Without a session it sends the browser to sign in and back to
 * the page afterwards. Then it re-reads the user's memberships (so a removal or a role change counts
 * from the next page on) and finds the organisation acted for: the one chosen in the session, or the
 * only one. With several and none chosen it sends the browser to the chooser; with none it shows a
 * page saying so.
 */
@ApplicationScoped
public class ConsolePages {

    /** The session attribute holding the chosen membership's {@link org.dualimpact.console.acting.Choice#key()}. */
    public static final String CHOSEN = "dualimpact.console.acting-for";
    /** The session attribute holding the console path to return to after signing in. */
    public static final String RETURN_TO = "dualimpact.console.return-to";

    @Inject
    ConsoleSettings settings;

    @Inject
    Templates templates;

    @Inject
    Memberships memberships;

    /** The signed-in user; otherwise the browser is sent to sign in (and back here) and empty is returned. */
    public Optional<SignedInUser> signedIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionUsers.of(request);
        if (user.isEmpty()) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(RETURN_TO, request.getRequestURI() + (query == null ? "" : "?" + query));
            response.sendRedirect("/signin");
        }
        return user;
    }

    /** The acting user; otherwise the response was sent (sign-in, chooser, or the no-organisation page) and empty is returned. */
    public Optional<Acting> acting(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = signedIn(request, response);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        Memberships.Resolution resolution = memberships.resolve(user.get(),
                Optional.ofNullable((String) session.getAttribute(CHOSEN)));
        if (resolution.acting().isPresent()) {
            return resolution.acting();
        }
        session.removeAttribute(CHOSEN);
        if (resolution.choiceNeeded()) {
            response.sendRedirect("/organisation");
        } else {
            response.setHeader("Cache-Control", "no-store");
            templates.render(response, 200, "no-organisation.jte",
                    Map.of("page", page("You are not a member of an organisation", request, Optional.empty()),
                            "user", user.get()));
        }
        return Optional.empty();
    }

    /** The layout's page model for this request. */
    public Page page(String title, HttpServletRequest request, Optional<Acting> acting) {
        return new Page(title, settings.organisationName(), SessionUsers.of(request), acting.map(Acting::label));
    }

    public void render(HttpServletResponse response, int status, String template, Map<String, Object> params)
            throws IOException {
        templates.render(response, status, template, params);
    }
}
