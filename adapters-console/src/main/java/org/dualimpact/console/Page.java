package org.dualimpact.console;

import java.util.Optional;

import org.dualimpact.console.signin.SessionRules;
import org.dualimpact.console.signin.SignedInUser;

/**
 * What the layout of every page needs: the page title, the deploying organisation's name, the user if
 * signed in, and the organisation the user acts for (with a link to change it) once chosen.
 */
public record Page(String title, String organisationName, Optional<SignedInUser> user, Optional<String> actingFor) {

    public Page(String title, String organisationName, Optional<SignedInUser> user) {
        this(title, organisationName, user, Optional.empty());
    }

    /** The session's CSRF token for a form of this page, masked afresh on each call; empty when signed out. */
    public String csrfToken() {
        return user.map(SignedInUser::csrfToken).map(SessionRules::masked).orElse("");
    }
}
