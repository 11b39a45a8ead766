package shelf.security.internal.command;

import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.security.Subject;
import shelf.api.security.UserKey;
import shelf.api.security.UserKeys;
import shelf.api.security.UserStoreException;
import shelf.api.shell.CurrentUser;
import shelf.api.shell.Table;

@Component(service = UserKeyCommand.class)
@GogoCommand(scope = "user", function = "key")
public class UserKeyCommand {
    private static final String USAGE = "user:key add USER \"ssh-ed25519 AAAA… comment\" | user:key list [USER]"
            + " | user:key remove USER SHA256:…";

    @Reference
    UserKeys keys;

    @Reference
    CurrentUser currentUser;

    @Descriptor("the SSH keys a user logs in with: add USER \"KEY LINE\", list [USER], remove USER FINGERPRINT")
    public void key(CommandSession session, @Descriptor("add, list or remove") String action,
            @Descriptor("the user, then the key's .pub line (add) or its SHA256: fingerprint (remove)") String... words)
            throws UserStoreException {
        Subject by = currentUser.of(session);
        switch (action.toLowerCase(Locale.ROOT)) {
            case "add" -> {
                UserKey key = keys.add(word(words, 0), word(words, 1), by);
                System.out.println("Added the key " + key.fingerprint() + " (" + key.type() + ") to " + key.user());
            }
            // with no user: an admin sees everyone's keys, anyone else their own
            case "list" -> print(keys.list(words.length > 0 ? word(words, 0) : by.isAdmin() ? null : by.name(), by));
            case "remove" -> {
                UserKey key = keys.remove(word(words, 0), word(words, 1), by);
                System.out.println("Removed the key " + key.fingerprint() + " of " + key.user());
            }
            default -> throw new IllegalArgumentException("user:key " + action + " — " + USAGE);
        }
    }

    private static String word(String[] words, int i) {
        if (words.length <= i) {
            throw new IllegalArgumentException(USAGE);
        }
        return words[i];
    }

    private static void print(List<UserKey> list) {
        if (list.isEmpty()) {
            System.out.println("No SSH keys");
            return;
        }
        Table table = new Table("User", "Fingerprint", "Type", "Comment", "Added", "By");
        for (UserKey k : list) {
            table.row(k.user(), k.fingerprint(), k.type(), k.comment(), k.addedAt().toString().substring(0, 10), k.addedBy());
        }
        System.out.print(table);
    }
}
