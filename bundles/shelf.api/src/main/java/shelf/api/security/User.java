package shelf.api.security;

import java.time.Instant;
import java.util.Set;

/**
 * A user as listed; the password hash never leaves the store.
 *
 * @param name the login name
 * @param roles the roles
 * @param scope the merchants and categories the user sees
 * @param disabled whether logging in is refused
 * @param createdAt when the user was added
 * @param createdBy who added the user
 * @param locked whether logging in is refused after failed logins, until an admin runs user:unlock
 */
public record User(String name, Set<Role> roles, DataScope scope, boolean disabled, Instant createdAt,
        String createdBy, boolean locked) {

    public User {
        roles = Set.copyOf(roles);
    }

    /** A user that is not locked. */
    public User(String name, Set<Role> roles, DataScope scope, boolean disabled, Instant createdAt, String createdBy) {
        this(name, roles, scope, disabled, createdAt, createdBy, false);
    }

    public Subject subject() {
        return new Subject(name, roles, scope);
    }
}
