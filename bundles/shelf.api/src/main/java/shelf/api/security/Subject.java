package shelf.api.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a piece of work runs for: a logged-in user's name, roles and data scope. An admin's scope is always
 * {@link DataScope#ALL}. Every service that reads or changes merchant data takes the subject and checks it
 * itself, so a shell line, a web page and a scheduled task meet the same checks.
 */
public record Subject(String name, Set<Role> roles, DataScope scope) {

    /** The runtime itself, for work nobody typed (a file dropped into deploy/, a restart resuming jobs). */
    public static final Subject SYSTEM = new Subject("system", Set.of(Role.ADMIN), DataScope.ALL);

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

    /** Whether a product of this merchant and category is in the subject's data scope. */
    public boolean sees(String merchant, String categoryPath) {
        return scope.allows(merchant, categoryPath);
    }

    /**
     * Throws unless the subject is admin or has one of the roles:
     * "publish needs the role editor or ops — lily has reviewer".
     */
    public void requireRole(String action, Role... anyOf) throws AccessRefusedException {
        if (isAdmin() || Arrays.stream(anyOf).anyMatch(this::has)) {
            return;
        }
        throw new AccessRefusedException(action + " needs the role " + Arrays.stream(anyOf).map(Role::id)
                .collect(Collectors.joining(" or ")) + (anyOf.length == 0 ? "admin" : "") + " — " + name + " has "
                + roleNames());
    }

    /**
     * Throws unless a product of this merchant and category is in the subject's scope:
     * "batch 4 is outside lily's data scope (acme)". Pass a null category for merchant-level objects.
     */
    public void requireScope(String what, String merchant, String categoryPath) throws AccessRefusedException {
        boolean inScope = categoryPath == null ? scope.allowsMerchant(merchant) : scope.allows(merchant, categoryPath);
        if (!inScope) {
            throw new AccessRefusedException(what + " is outside " + name + "'s data scope (" + scope.describe() + ")");
        }
    }
}
