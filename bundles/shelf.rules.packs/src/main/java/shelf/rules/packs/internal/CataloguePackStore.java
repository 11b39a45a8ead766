package shelf.rules.packs.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;

/**
 * The library of packs in the catalogue (the tables of this bundle's chain "rules.packs"): one library for
 * every node on the catalogue. A change takes the lock of rule_pack_state's one row by raising its
 * generation first, so two nodes' changes follow one another; the contents are then read and written again
 * whole in the same transaction (a library has tens of versions, not thousands).
 */
final class CataloguePackStore implements PackStore {
    private static final List<String> SCHEMA = List.of("db/V1__rule_packs.sql");

    private final Database database;

    CataloguePackStore(Database database) {
        this.database = database;
        try {
            database.migrate("rules.packs", CataloguePackStore.class, SCHEMA);
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Contents load() {
        try (Connection c = database.connect()) {
            return read(c);
        } catch (SQLException e) {
            throw failure("read the rule packs from", e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public long generation() {
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT generation FROM rule_pack_state WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw failure("read the rule packs' generation from", e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public Contents change(Predicate<Contents> change) {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE rule_pack_state SET generation = generation + 1 WHERE id = 1"); // the lock
                }
                Contents contents = read(c);
                if (!change.test(contents)) {
                    c.rollback();
                    return read(c);
                }
                write(c, contents);
                c.commit();
                return contents;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("store the rule packs in", e);
        } catch (CatalogException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static Contents read(Connection c) throws SQLException {
        Contents contents = new Contents();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT generation FROM rule_pack_state WHERE id = 1")) {
                contents.generation = rs.next() ? rs.getLong(1) : 0;
            }
            try (ResultSet rs = s.executeQuery("SELECT pack_id, version, source, origin, digest, pack_json "
                    + "FROM rule_pack_version ORDER BY position")) {
                while (rs.next()) {
                    contents.versions.add(new Version(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT pack_id, origin, version FROM rule_pack_active ORDER BY pack_id")) {
                while (rs.next()) {
                    contents.active.put(rs.getString(1), rs.getString(2) + "@" + rs.getString(3));
                }
            }
        }
        return contents;
    }

    private static void write(Connection c, Contents contents) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM rule_pack_version");
            s.executeUpdate("DELETE FROM rule_pack_active");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rule_pack_version "
                + "(position, pack_id, version, source, origin, digest, pack_json) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Version v : contents.versions) {
                insert.setInt(1, ++position);
                insert.setString(2, v.id());
                insert.setString(3, v.version());
                insert.setString(4, v.source() == null ? "" : v.source());
                insert.setString(5, v.origin());
                insert.setString(6, v.digest());
                insert.setString(7, v.json());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO rule_pack_active (pack_id, origin, version) "
                + "VALUES (?, ?, ?)")) {
            for (Map.Entry<String, String> active : contents.active.entrySet()) {
                String key = active.getValue();
                int at = key.lastIndexOf('@');
                insert.setString(1, active.getKey());
                insert.setString(2, key.substring(0, at));
                insert.setString(3, key.substring(at + 1));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private IllegalStateException failure(String doing, SQLException e) {
        CatalogException failure = database.failure(doing, e);
        return new IllegalStateException(failure.getMessage(), failure);
    }
}
