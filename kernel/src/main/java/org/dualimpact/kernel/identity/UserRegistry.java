package org.dualimpact.kernel.identity;

import java.util.Objects;

import org.dualimpact.kernel.shared.DomainException;

/**
 * Finds the user an identity names, or records it on first sight; keeps its name and e-mail current.
 * One indexed read when nothing changed, and a write only when the name or e-mail did. Two first
 * requests of one identity at once record one user: the later one takes the user the earlier stored.
 */
public final class UserRegistry {

    private final UserRepository users;

    public UserRegistry(UserRepository users) {
        this.users = Objects.requireNonNull(users);
    }

    /** The user, recorded or updated as needed; an erased user is refused ({@code user-erased}). */
    public User recognise(Identity identity) {
        User user = users.findBySubject(identity.issuer(), identity.subject()).orElse(null);
        if (user == null) {
            user = users.addOrFind(User.firstSeen(identity));
        }
        if (user.erased()) {
            throw DomainException.notPermitted("user-erased", "This user was erased and can no longer sign in.");
        }
        if (user.differsFrom(identity)) {
            user = user.updatedFrom(identity);
            users.update(user);
        }
        return user;
    }
}
