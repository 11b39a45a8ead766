package shelf.review.itest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Role;
import shelf.api.security.Subject;

/**
 * The command ACL as the test writes it: a command names the one role that may run it (admins always may);
 * a command it does not name is open to everyone. Remembers who asked for what.
 */
public final class ScriptedAccess implements CommandAccess {
    private final Map<String, Role> roles = new ConcurrentHashMap<>();
    public final List<String> asked = new CopyOnWriteArrayList<>();

    public void only(Role role, String command) {
        roles.put(command, role);
    }

    @Override
    public Entry entry(String command) {
        Role role = roles.get(command);
        return new Entry(command, role == null ? Set.of(Role.values()) : Set.of(role), "test");
    }

    @Override
    public void check(Subject subject, String command) throws AccessRefusedException {
        asked.add(subject.name() + " " + command);
        if (!allows(subject, command)) {
            throw new AccessRefusedException(command + " needs the role " + roles.get(command).id() + " — "
                    + subject.name() + " has " + subject.roleNames());
        }
    }
}
