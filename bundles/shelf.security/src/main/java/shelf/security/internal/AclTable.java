package shelf.security.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import shelf.api.security.CommandAccess.Entry;
import shelf.api.security.Role;

/**
 * A command ACL as written: one "command = role, role" a line, '#' starts a comment. The command is
 * "scope:function", a bare "function" (any scope), or "scope:*" (every function of the scope); an empty
 * right side means admin only. Parsed by hand rather than as java.util.Properties, where ':' would end the
 * key unless escaped.
 */
final class AclTable {
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** @param source "default" or "etc", kept with each entry; {@code where} names the file in messages */
    static AclTable parse(String text, String source, String where, List<String> problems) {
        AclTable table = new AclTable();
        int lineNo = 0;
        for (String line : text.split("\r?\n")) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                problems.add(where + " line " + lineNo + ": '" + trimmed + "' is not 'command = roles'");
                continue;
            }
            // Gogo finds commands in any case, so the table does too
            String command = trimmed.substring(0, eq).strip().replace("\\:", ":").toLowerCase(Locale.ROOT);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : trimmed.substring(eq + 1).split(",")) {
                if (role.isBlank()) {
                    continue;
                }
                try {
                    roles.add(Role.of(role));
                } catch (IllegalArgumentException e) {
                    problems.add(where + " line " + lineNo + ": " + e.getMessage());
                }
            }
            roles.remove(Role.ADMIN); // always allowed
            table.entries.put(command, new Entry(command, roles, source));
        }
        return table;
    }

    /** This table with the entries of {@code overrides} put over it. */
    AclTable with(AclTable overrides) {
        AclTable merged = new AclTable();
        merged.entries.putAll(entries);
        merged.entries.putAll(overrides.entries);
        return merged;
    }

    /** The scopes this table names ("user" of "user:add"). */
    Set<String> scopes() {
        Set<String> scopes = new java.util.HashSet<>();
        entries.keySet().stream().filter(k -> k.indexOf(':') > 0).forEach(k -> scopes.add(k.substring(0, k.indexOf(':'))));
        return scopes;
    }

    /** This table without bare function names and without entries of {@code taken} scopes, each one named in a problem. */
    AclTable withoutScopes(Set<String> taken, String bundle, List<String> problems) {
        AclTable kept = new AclTable();
        entries.forEach((key, entry) -> {
            int colon = key.indexOf(':');
            if (colon <= 0) {
                problems.add(bundle + " names '" + key + "' without a scope in its command ACL: left out (write scope:" + key + ")");
            } else if (taken.contains(key.substring(0, colon))) {
                problems.add(bundle + " names '" + key + "', a command of the core, in its command ACL: left out");
            } else {
                kept.entries.put(key, entry);
            }
        });
        return kept;
    }

    /** The entry of "scope:function": the exact one, else the bare function's, else the scope's wildcard. */
    Entry lookup(String command) {
        String name = command.toLowerCase(Locale.ROOT);
        int colon = name.indexOf(':');
        List<String> keys = new ArrayList<>(List.of(name));
        if (colon >= 0) {
            keys.add(name.substring(colon + 1));
            keys.add(name.substring(0, colon) + ":*");
        }
        for (String key : keys) {
            Entry entry = entries.get(key);
            if (entry != null) {
                return new Entry(command, entry.roles(), entry.source());
            }
        }
        return new Entry(command, Set.of(), "none");
    }
}
