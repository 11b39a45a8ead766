package shelf.api.security;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a command runs as: a logged-in user's name, roles and data scope. An admin's scope is always
 * {@link DataScope#ALL}.
 */
public record Subject(String name, Set<Role> roles, DataScope scope) {

    public Subject {
        roles = Set.copyOf(roles);
        scope = roles.contains(Role.ADMIN) || scope == null ? DataScope.ALL : scope;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** "editor, reviewer", in the roles' order. */
    public String roleNames() {
        return roles.stream().sorted().map(Role::id).collect(Collectors.joining(", "));
    }
}
