package shelf.api.security;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The command ACL: which roles may run each shell command. A default table ships with the core;
 * SHELF_HOME/etc/shelf.command.acl.properties changes entries. A command the table does not name may be
 * run by admin only. Admin may run every command.
 */
@ProviderType
public interface CommandAccess {

    /**
     * One entry as resolved.
     *
     * @param command "scope:function"
     * @param roles the roles besides admin that may run it
     * @param source where the entry came from: "default", "etc" or "none" (not in the table: admin only)
     */
    record Entry(String command, Set<Role> roles, String source) {
        public Entry {
            roles = Set.copyOf(roles);
        }
    }

    /** The entry for a command named "scope:function". */
    Entry entry(String command);

    /** Whether the subject may run the command. */
    default boolean allows(Subject subject, String command) {
        return subject.isAdmin() || entry(command).roles().stream().anyMatch(subject::has);
    }

    /** Throws, naming the roles needed, unless the subject may run the command. */
    void check(Subject subject, String command) throws AccessRefusedException;

    /** The entries of these commands, in the given order. */
    default List<Entry> entries(List<String> commands) {
        return commands.stream().map(this::entry).toList();
    }
}
