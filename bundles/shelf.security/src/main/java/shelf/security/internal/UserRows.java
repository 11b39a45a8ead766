package shelf.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import shelf.api.catalog.CatalogException;
import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.User;
import shelf.api.security.UserStoreException;
import shelf.api.store.Database;

/** The table shelf_user: a row per user, read and written in SQL; what the rows mean is {@link H2Users}'s. */
final class UserRows {
    private static final String SEP = "\u001f";
    private static final String COLUMNS = "name, roles, merchants, categories, disabled, created_at, created_by, "
            + "locked_at IS NOT NULL";

    /** What a login is checked against. */
    record Credentials(String hash, boolean disabled, boolean locked) {
    }

    private final Supplier<Database> database;

    UserRows(Supplier<Database> database) {
        this.database = database;
    }

    boolean any() throws UserStoreException {
        return query("count the users of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM shelf_user");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    /** Null when the name is no user. */
    Credentials credentials(String name) throws UserStoreException {
        return query("read a user of", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT password_hash, disabled, locked_at IS NOT NULL FROM shelf_user WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? new Credentials(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)) : null;
                }
            }
        });
    }

    List<User> list() throws UserStoreException {
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

    Optional<User> find(String name) throws UserStoreException {
        return query("read a user of", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM shelf_user WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<User>empty();
                }
            }
        });
    }

    void insert(String name, Set<Role> roles, DataScope scope, String hash, OffsetDateTime now, String by)
            throws UserStoreException {
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
    }

    /** @param doing for the message if it fails: "lock a user in" (the catalogue) */
    void update(String doing, String sql, Object... values) throws UserStoreException {
        query(doing, c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                return s.executeUpdate();
            }
        });
    }

    private static User read(ResultSet rs) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString(2).split(",")).filter(r -> !r.isBlank()).map(Role::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        DataScope scope = new DataScope(new LinkedHashSet<>(split(rs.getString(3))), split(rs.getString(4)));
        return new User(rs.getString(1), roles, scope, rs.getBoolean(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7), rs.getBoolean(8));
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(SEP));
    }

    @FunctionalInterface
    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T query(String doing, Query<T> query) throws UserStoreException {
        Database catalog = database.get();
        try (Connection connection = catalog.connect()) {
            return query.run(connection);
        } catch (SQLException e) {
            throw new UserStoreException(catalog.failure(doing, e).getMessage());
        } catch (CatalogException e) {
            throw new UserStoreException(e.getMessage());
        }
    }
}
