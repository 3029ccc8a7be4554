package org.dualimpact.console;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.signin.OpenIdProvider;
import org.dualimpact.console.signin.SignedInUser;

/**
 * The console's pages: the start page (signed out) or home (signed in) at {@code /}, and the
 * accessibility statement. Any other path is a 404 page.
 */
@WebServlet(urlPatterns = {"", "/accessibility"})
public class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsoleSettings settings;

    @Inject
    transient Templates templates;

    @Inject
    transient OpenIdProvider provider;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionUsers.of(request);
        if ("/accessibility".equals(request.getServletPath())) {
            templates.render(response, 200, "accessibility.jte",
                    Map.of("page", new Page("Accessibility statement", settings.organisationName(), user)));
        } else if (user.isPresent()) {
            templates.render(response, 200, "home.jte",
                    Map.of("page", new Page("Home", settings.organisationName(), user), "user", user.get()));
        } else {
            templates.render(response, 200, "start.jte",
                    Map.of("page", new Page("Dual Impact", settings.organisationName(), user),
                            "signInAvailable", provider.configured()));
        }
    }
}
