package org.dualimpact.kernel.identity;

import java.util.Optional;

/** Where the users the product has seen are kept, findable by the issuer and subject that name them. */
public interface UserRepository {

    Optional<User> find(UserId id);

    Optional<User> findBySubject(String issuer, String subject);

    /**
     * Stores a user seen for the first time and returns it; when another request stored a user with the
     * same issuer and subject first (two first requests at once), stores nothing and returns that one.
     */
    User addOrFind(User user);

    /** Replaces the stored name, e-mail and erased flag. */
    void update(User user);
}
