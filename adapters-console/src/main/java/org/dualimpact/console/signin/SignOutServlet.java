package org.dualimpact.console.signin;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.dualimpact.console.SessionUsers;

/**
 * {@code POST /signout} (a form with the CSRF token, checked by the console filter): the session is
 * invalidated here, then the browser goes to the provider's end-session endpoint, which ends the
 * provider's session and sends it back to the start page.
 */
@WebServlet("/signout")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OpenIdProvider provider;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SignedInUser> user = SessionUsers.of(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        URI home = URI.create(SignInServlet.origin(request) + "/");
        Optional<URI> atProvider = user.flatMap(u -> provider.signOutUri(u, home));
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(atProvider.orElse(home).toString());
    }
}
