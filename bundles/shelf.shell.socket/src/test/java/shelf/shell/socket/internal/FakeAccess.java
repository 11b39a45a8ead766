package shelf.shell.socket.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import shelf.api.security.AccessRefusedException;
import shelf.api.security.CommandAccess;
import shelf.api.security.Role;
import shelf.api.security.Subject;

/** A command ACL from a map; commands not in it are admin only, as in the real one. */
public final class FakeAccess implements CommandAccess {
    public final Map<String, Set<Role>> table = new ConcurrentHashMap<>();

    @Override
    public Entry entry(String command) {
        Set<Role> roles = table.get(command);
        return new Entry(command, roles == null ? Set.of() : roles, roles == null ? "none" : "default");
    }

    @Override
    public void check(Subject subject, String command) {
        if (!allows(subject, command)) {
            throw new AccessRefusedException(command + " needs the role " + (entry(command).roles().isEmpty() ? "admin"
                    : entry(command).roles().stream().map(Role::id).collect(Collectors.joining(" or ")))
                    + " — " + subject.name() + " has " + subject.roleNames());
        }
    }
}
