package shelf.security.internal.keys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.security.AccessRefusedException;
import shelf.api.security.LoginRefusedException;
import shelf.api.security.Subject;
import shelf.api.security.User;
import shelf.api.security.UserKey;
import shelf.api.security.UserKeys;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.api.store.Database;

/** The users' SSH keys in the shared database (table shelf_user_key, chain "user-keys"). */
@Component(service = UserKeys.class)
public class StoredUserKeys implements UserKeys {
    static final List<String> SCHEMA = List.of("db/V1__user_keys.sql");
    private static final String COLUMNS = "user_name, key_type, fingerprint, key_comment, added_at, added_by";
    private static final String REFUSED = "the key is not one of the user's, or the user is disabled or locked";

    @Reference
    Database database;

    @Reference
    AuditLog audit;

    @Reference
    Users users;

    /** Keeps the keys in {@code db}, bringing their table up to date; for tests too. */
    public void useDatabase(Database db) throws CatalogException {
        db.migrate("user-keys", StoredUserKeys.class, SCHEMA);
        database = db;
    }

    @Activate
    void activate() throws CatalogException {
        useDatabase(database);
    }

    @Override
    public UserKey add(String user, String openSshKey, Subject by) throws UserStoreException {
        mayManage(user, by);
        existing(user);
        OpenSshKey key;
        try {
            key = OpenSshKey.parse(openSshKey);
        } catch (IllegalArgumentException e) {
            throw new UserStoreException(e.getMessage());
        }
        String fingerprint = key.fingerprint();
        if (find(user, fingerprint) != null) {
            throw new UserStoreException(user + " already has the key " + fingerprint);
        }
        run("store an SSH key in", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO shelf_user_key (user_name, fingerprint, key_type, "
                    + "key_data, key_comment, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, user);
                s.setString(2, fingerprint);
                s.setString(3, key.type());
                s.setString(4, key.data());
                s.setString(5, key.comment());
                s.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                s.setString(7, by.name());
                return s.executeUpdate();
            }
        });
        audit.append(AuditEntry.of(by.name(), "user:key", List.of("user:" + user), "", "added " + fingerprint,
                key.type() + (key.comment().isEmpty() ? "" : " " + key.comment())));
        return find(user, fingerprint);
    }

    @Override
    public List<UserKey> list(String user, Subject by) throws UserStoreException {
        if (user == null) {
            if (!by.isAdmin()) {
                throw new AccessRefusedException("the keys of every user are for an admin — " + by.name()
                        + " sees their own with user:key list " + by.name());
            }
            return select("SELECT " + COLUMNS + " FROM shelf_user_key ORDER BY user_name, added_at");
        }
        mayManage(user, by);
        existing(user);
        return select("SELECT " + COLUMNS + " FROM shelf_user_key WHERE user_name = ? ORDER BY added_at", user);
    }

    @Override
    public UserKey remove(String user, String fingerprint, Subject by) throws UserStoreException {
        mayManage(user, by);
        existing(user);
        UserKey key = find(user, fingerprint);
        if (key == null) {
            throw new UserStoreException(user + " has no key " + fingerprint + " — user:key list " + user + " shows them");
        }
        run("remove an SSH key from", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM shelf_user_key WHERE user_name = ? AND fingerprint = ?")) {
                s.setString(1, user);
                s.setString(2, fingerprint);
                return s.executeUpdate();
            }
        });
        audit.append(AuditEntry.of(by.name(), "user:key", List.of("user:" + user), "added " + fingerprint, "removed", ""));
        return key;
    }

    @Override
    public Subject authenticate(String user, String openSshKey, String origin) throws UserStoreException {
        String fingerprint;
        try {
            fingerprint = OpenSshKey.parse(openSshKey).fingerprint();
        } catch (IllegalArgumentException e) {
            throw refused(user, origin, "a key of a kind Shelf does not keep");
        }
        User found = users.find(user).orElse(null);
        if (found == null) {
            throw refused(user, origin, "no such user (key " + fingerprint + ")");
        }
        if (found.disabled() || found.locked()) {
            throw refused(user, origin, (found.disabled() ? "disabled" : "locked") + " (key " + fingerprint + ")");
        }
        if (find(user, fingerprint) == null) {
            throw refused(user, origin, "key " + fingerprint + " is not a key of " + user);
        }
        audit.append(AuditEntry.of(user, "login", List.of("user:" + user), "", "logged in", origin + ", key " + fingerprint));
        return found.subject();
    }

    private LoginRefusedException refused(String user, String origin, String reason) {
        audit.append(AuditEntry.of(user, "login", List.of("user:" + user), "", "refused", origin + ": " + reason));
        return new LoginRefusedException(REFUSED, false);
    }

    /** An admin manages every user's keys; anyone else only their own. */
    private static void mayManage(String user, Subject by) {
        if (!by.isAdmin() && !by.name().equals(user)) {
            throw new AccessRefusedException("the SSH keys of " + user + " are for an admin or " + user + " — "
                    + by.name() + " manages only their own (user:key list " + by.name() + ")");
        }
    }

    private void existing(String user) throws UserStoreException {
        if (users.find(user).isEmpty()) {
            throw new UserStoreException("There is no user " + user + " — user:list shows them");
        }
    }

    private UserKey find(String user, String fingerprint) throws UserStoreException {
        List<UserKey> keys = select("SELECT " + COLUMNS + " FROM shelf_user_key WHERE user_name = ? AND fingerprint = ?",
                user, fingerprint);
        return keys.isEmpty() ? null : keys.get(0);
    }

    private List<UserKey> select(String sql, String... values) throws UserStoreException {
        return run("read the SSH keys of", c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setString(i + 1, values[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    List<UserKey> keys = new ArrayList<>();
                    while (rs.next()) {
                        keys.add(new UserKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                    }
                    return keys;
                }
            }
        });
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T run(String doing, Query<T> query) throws UserStoreException {
        Database db = database;
        try (Connection connection = db.connect()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new UserStoreException(db.failure(doing, e).getMessage());
        } catch (CatalogException e) {
            throw new UserStoreException(e.getMessage());
        }
    }
}
