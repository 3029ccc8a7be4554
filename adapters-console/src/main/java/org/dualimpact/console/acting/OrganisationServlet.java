package org.dualimpact.console.acting;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.dualimpact.console.ConsolePages;
import org.dualimpact.console.signin.SignedInUser;

/**
 * {@code /organisation}: the organisation to act for, chosen among the user's memberships with radios
 * and kept in the session; the header links here to change it. Not choosing is an error summary.
 */
@WebServlet("/organisation")
public class OrganisationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String FIELD = "organisation";

    @Inject
    transient ConsolePages pages;

    @Inject
    transient Memberships memberships;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = pages.signedIn(request, response);
        if (user.isPresent()) {
            show(request, response, user.get(), 200, Optional.empty());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = pages.signedIn(request, response);
        if (user.isEmpty()) {
            return;
        }
        String chosen = request.getParameter(FIELD);
        List<Choice> choices = memberships.chooser(user.get(), Optional.empty()).choices();
        if (chosen == null || choices.stream().noneMatch(c -> c.key().equals(chosen))) {
            show(request, response, user.get(), 400, Optional.of("Select the organisation you want to act for"));
            return;
        }
        request.getSession(false).setAttribute(ConsolePages.CHOSEN, chosen);
        response.sendRedirect("/");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, SignedInUser user, int status,
            Optional<String> error) throws IOException {
        String current = (String) request.getSession(false).getAttribute(ConsolePages.CHOSEN);
        Memberships.Chooser chooser = memberships.chooser(user, Optional.ofNullable(current));
        if (chooser.choices().isEmpty()) {
            pages.acting(request, response); // the page that says there is no membership
            return;
        }
        pages.render(response, status, "organisation.jte", Map.of(
                "page", pages.page((error.isPresent() ? "Error: " : "") + "Which organisation are you acting for?", request,
                        chooser.resolution().acting()),
                "choices", chooser.choices(), "current", current == null ? "" : current, "error", error));
    }
}
