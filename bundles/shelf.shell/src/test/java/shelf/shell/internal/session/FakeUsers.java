package shelf.shell.internal.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.security.User;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;

/** Users in memory, plain-text passwords: the session's login logic is what is tested, not the hashing. */
final class FakeUsers implements Users {
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, User> users = new ConcurrentHashMap<>();

    FakeUsers with(String name, String password, Role... roles) {
        passwords.put(name, password);
        users.put(name, new User(name, Set.of(roles), DataScope.ALL, false, Instant.now(), "test"));
        return this;
    }

    @Override
    public boolean any() {
        return !users.isEmpty();
    }

    @Override
    public Optional<Subject> authenticate(String name, char[] password) {
        String expected = passwords.get(name);
        return expected != null && expected.equals(new String(password)) ? Optional.of(users.get(name).subject())
                : Optional.empty();
    }

    @Override
    public Subject createFirstAdmin(String name, char[] password) throws UserStoreException {
        if (any()) {
            throw new UserStoreException("This home already has users");
        }
        with(name, new String(password), Role.ADMIN);
        return users.get(name).subject();
    }

    @Override
    public User add(String name, Set<Role> roles, DataScope scope, char[] password, Subject by) {
        with(name, new String(password), roles.toArray(Role[]::new));
        return users.get(name);
    }

    @Override
    public User disable(String name, Subject by) {
        return users.get(name);
    }

    @Override
    public List<User> list() {
        return new ArrayList<>(users.values());
    }

    @Override
    public Optional<User> find(String name) {
        return Optional.ofNullable(users.get(name));
    }
}
