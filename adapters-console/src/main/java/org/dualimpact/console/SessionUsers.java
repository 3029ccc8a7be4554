package org.dualimpact.console;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.dualimpact.console.signin.SignedInUser;

/** Reads the signed-in user of a request's session, without creating a session. */
public final class SessionUsers {

    private SessionUsers() {
    }

    public static Optional<SignedInUser> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((SignedInUser) session.getAttribute(SignedInUser.ATTRIBUTE));
    }
}
