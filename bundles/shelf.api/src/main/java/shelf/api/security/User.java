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
 */
public record User(String name, Set<Role> roles, DataScope scope, boolean disabled, Instant createdAt,
        String createdBy) {

    public User {
        roles = Set.copyOf(roles);
    }

    public Subject subject() {
        return new Subject(name, roles, scope);
    }
}
