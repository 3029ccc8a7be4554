package org.dualimpact.kernel.identity;

import java.util.Optional;

/** Where the users the product has seen are kept, findable by the issuer and subject that name them. */
public interface UserRepository {

    Optional<User> find(UserId id);

    Optional<User> findBySubject(String issuer, String subject);

    /** Stores a new user; the caller has checked that its issuer and subject are new. */
    void add(User user);

    /** Replaces the stored name, e-mail and erased flag. */
    void update(User user);
}
