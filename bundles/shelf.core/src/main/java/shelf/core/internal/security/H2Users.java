package shelf.core.internal.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.audit.AuditEntry;
import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.security.User;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;
import shelf.core.internal.catalog.CatalogConnections;

/** The users in the catalogue's database (table shelf_user), passwords as {@link PasswordHash}es. */
@Component(service = Users.class)
public class H2Users implements Users {
    static final int MIN_PASSWORD = 8;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final String SEP = "\u001f";
    private static final String COLUMNS = "name, roles, merchants, categories, disabled, created_at, created_by";

    @Reference
    CatalogConnections database;

    @Reference
    AuditLog audit;

    @Override
    public boolean any() throws UserStoreException {
        return query("count the users of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM shelf_user");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    @Override
    public Optional<Subject> authenticate(String name, char[] password) throws UserStoreException {
        try {
            String hash = query("read a user of", c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT password_hash FROM shelf_user WHERE name = ? AND NOT disabled")) {
                    s.setString(1, name);
                    try (ResultSet rs = s.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
            // an unknown name costs as much time as a wrong password, so timing does not tell names apart
            boolean ok = PasswordHash.matches(password, hash == null ? DUMMY : hash) && hash != null;
            return ok ? find(name).map(User::subject) : Optional.empty();
        } finally {
            PasswordHash.clear(password);
        }
    }

    private static final String DUMMY = PasswordHash.of("not a password".toCharArray());

    @Override
    public synchronized Subject createFirstAdmin(String name, char[] password) throws UserStoreException {
        if (any()) {
            PasswordHash.clear(password);
            throw new UserStoreException("This home already has users — log in as one of them");
        }
        User admin = insert(name, EnumSet.of(Role.ADMIN), DataScope.ALL, password, name);
        audit.append(AuditEntry.of(name, "user:add", List.of("user:" + name), "", "admin", "the first admin, on a fresh home"));
        return admin.subject();
    }

    @Override
    public synchronized User add(String name, Set<Role> roles, DataScope scope, char[] password, Subject by)
            throws UserStoreException {
        if (find(name).isPresent()) {
            PasswordHash.clear(password);
            throw new UserStoreException("There is already a user " + name + " — pick another name");
        }
        if (roles.isEmpty()) {
            PasswordHash.clear(password);
            throw new UserStoreException("A user needs a role: --role editor, reviewer, ops or admin");
        }
        User user = insert(name, roles, scope, password, by.name());
        audit.append(AuditEntry.of(by.name(), "user:add", List.of("user:" + name), "", describe(user), ""));
        return user;
    }

    @Override
    public User disable(String name, Subject by) throws UserStoreException {
        User before = find(name).orElseThrow(() -> new UserStoreException("There is no user " + name
                + " — user:list shows them"));
        if (name.equals(by.name())) {
            throw new UserStoreException("You cannot disable yourself — log in as another admin");
        }
        update("disable a user in", "UPDATE shelf_user SET disabled = TRUE WHERE name = ?", name);
        audit.append(AuditEntry.of(by.name(), "user:disable", List.of("user:" + name), describe(before),
                "disabled", ""));
        return find(name).orElseThrow();
    }

    @Override
    public List<User> list() throws UserStoreException {
        return query("list the users of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM shelf_user ORDER BY name");
                    ResultSet rs = s.executeQuery()) {
                List<User> users = new ArrayList<>();
                while (rs.next()) {
                    users.add(read(rs));
                }
                return users;
            }
        });
    }

    @Override
    public Optional<User> find(String name) throws UserStoreException {
        return query("read a user of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM shelf_user WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<User>empty();
                }
            }
        });
    }

    private User insert(String name, Set<Role> roles, DataScope scope, char[] password, String by)
            throws UserStoreException {
        try {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new UserStoreException("'" + name + "' is not a user name — letters, digits and . _ @ - only, "
                        + "at most 64");
            }
            if (password == null || password.length < MIN_PASSWORD) {
                throw new UserStoreException("The password is too short — at least " + MIN_PASSWORD + " characters");
            }
            String hash = PasswordHash.of(password);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            query("store a user in", c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO shelf_user (name, roles, merchants, "
                        + "categories, password_hash, disabled, created_at, created_by) VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)")) {
                    s.setString(1, name);
                    s.setString(2, roles.stream().sorted().map(Role::id).collect(Collectors.joining(",")));
                    s.setString(3, String.join(SEP, scope.merchants().stream().sorted().toList()));
                    s.setString(4, String.join(SEP, scope.categoryPrefixes()));
                    s.setString(5, hash);
                    s.setObject(6, now);
                    s.setString(7, by);
                    return s.executeUpdate();
                }
            });
            return find(name).orElseThrow();
        } finally {
            PasswordHash.clear(password);
        }
    }

    private void update(String doing, String sql, String name) throws UserStoreException {
        query(doing, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, name);
                return s.executeUpdate();
            }
        });
    }

    private static User read(ResultSet rs) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString(2).split(",")).filter(r -> !r.isBlank()).map(Role::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        DataScope scope = new DataScope(new LinkedHashSet<>(split(rs.getString(3))), split(rs.getString(4)));
        return new User(rs.getString(1), roles, scope, rs.getBoolean(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(SEP));
    }

    static String describe(User user) {
        return user.roles().stream().sorted().map(Role::id).collect(Collectors.joining(",")) + " scope="
                + user.scope().describe();
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T query(String doing, Query<T> query) throws UserStoreException {
        try (Connection connection = database.connect()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new UserStoreException(database.failure(doing, e).getMessage());
        } catch (CatalogException e) {
            throw new UserStoreException(e.getMessage());
        }
    }
}
