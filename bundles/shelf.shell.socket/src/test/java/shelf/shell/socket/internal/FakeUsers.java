package shelf.shell.socket.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import shelf.api.security.DataScope;
import shelf.api.security.LoginRefusedException;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.security.User;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;

/** Users in memory, plain-text passwords: the session's login logic is what is tested, not the hashing. */
final class FakeUsers implements Users {
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Set<String> locked = ConcurrentHashMap.newKeySet();
    /** Where each login came from, in order. */
    final List<String> origins = new java.util.concurrent.CopyOnWriteArrayList<>();

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
    public Subject authenticate(String name, char[] password, String origin) throws LoginRefusedException {
        origins.add(origin);
        if (locked.contains(name)) {
            throw new LoginRefusedException("the user " + name + " is locked after 5 failed logins in a row — an admin "
                    + "must run user:unlock " + name, true);
        }
        String expected = passwords.get(name);
        if (expected != null && expected.equals(new String(password))) {
            return users.get(name).subject();
        }
        throw new LoginRefusedException("wrong user name or password, or the user is disabled", false);
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

    FakeUsers lock(String name) {
        locked.add(name);
        return this;
    }

    @Override
    public User unlock(String name, Subject by) {
        locked.remove(name);
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
