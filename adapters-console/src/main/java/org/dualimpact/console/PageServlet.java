package org.dualimpact.console;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.acting.Acting;
import org.dualimpact.console.home.HomeQueries;
import org.dualimpact.console.signin.OpenIdProvider;
import org.dualimpact.console.signin.SignedInUser;

/**
 * The console's pages: the start page (signed out) or the home of the organisation acted for (signed
 * in) at {@code /}, and the accessibility statement. Any other path is a 404 page.
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

    @Inject
    transient ConsolePages pages;

    @Inject
    transient HomeQueries homes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionUsers.of(request);
        if ("/accessibility".equals(request.getServletPath())) {
            templates.render(response, 200, "accessibility.jte",
                    Map.of("page", new Page("Accessibility statement", settings.organisationName(), user)));
        } else if (user.isPresent()) {
            Optional<Acting> acting = pages.acting(request, response);
            if (acting.isPresent()) {
                templates.render(response, 200, "home.jte", Map.of("page", pages.page("Home", request, acting),
                        "acting", acting.get(), "home", homes.home(acting.get().actor())));
            }
        } else {
            templates.render(response, 200, "start.jte",
                    Map.of("page", new Page("Dual Impact", settings.organisationName(), user),
                            "signInAvailable", provider.configured()));
        }
    }
}
