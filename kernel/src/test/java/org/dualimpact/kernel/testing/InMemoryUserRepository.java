package org.dualimpact.kernel.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.identity.User;
import org.dualimpact.kernel.identity.UserId;
import org.dualimpact.kernel.identity.UserRepository;

/** In-memory fake of the user port; counts reads and writes so tests can check the per-request cost. */
public final class InMemoryUserRepository implements UserRepository {

    private final Map<UserId, User> users = new LinkedHashMap<>();
    private int reads;
    private int writes;
    private User racing;

    @Override
    public Optional<User> find(UserId id) {
        reads++;
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findBySubject(String issuer, String subject) {
        reads++;
        if (racing != null) {
            users.put(racing.id(), racing);
            racing = null;
            return Optional.empty();
        }
        return users.values().stream().filter(u -> u.issuer().equals(issuer) && u.subject().equals(subject)).findFirst();
    }

    @Override
    public User addOrFind(User user) {
        writes++;
        Optional<User> stored = findBySubject(user.issuer(), user.subject());
        if (stored.isPresent()) {
            return stored.get();
        }
        if (users.putIfAbsent(user.id(), user) != null) {
            throw new IllegalStateException("duplicate user " + user.id());
        }
        return user;
    }

    /** Stores the user during the next read, which misses it: another request recorded it at the same moment. */
    public void addBehindTheNextRead(User user) {
        racing = user;
    }

    @Override
    public void update(User user) {
        writes++;
        if (users.replace(user.id(), user) == null) {
            throw new IllegalStateException("no user " + user.id());
        }
    }

    public int reads() {
        return reads;
    }

    public int writes() {
        return writes;
    }

    public int size() {
        return users.size();
    }
}
