package shelf.backup.internal.copy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The migration chains a catalogue has applied (table schema_chain: chain, version), and whether an H2 catalogue's
 * tables are those of this Shelf's: rows go across column by column, so both sides must be at the same version
 * of every chain the H2 file has. A chain only PostgreSQL has (a plugin the H2 home never ran) is no obstacle: its
 * tables stay as they are.
 */
final class SchemaChains {
    private SchemaChains() {
    }

    /** Each chain's newest applied version. */
    static Map<String, Integer> of(Connection connection) throws SQLException {
        Map<String, Integer> chains = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT chain, MAX(version) FROM schema_chain GROUP BY chain")) {
            while (rs.next()) {
                chains.put(rs.getString(1), rs.getInt(2));
            }
        }
        return chains;
    }

    /** Why the H2 catalogue {@code file} cannot be copied into this Shelf's, or empty when its chains match. */
    static Optional<String> difference(Map<String, Integer> h2, Map<String, Integer> postgres, String file) {
        for (Map.Entry<String, Integer> chain : h2.entrySet()) {
            Integer here = postgres.get(chain.getKey());
            int there = chain.getValue();
            if (here == null) {
                return Optional.of("The H2 catalogue " + file + " has the " + chain.getKey() + " tables (version " + there
                        + "), which this Shelf does not keep: install the feature that brings them (feature:list), "
                        + "start Shelf again and copy again; nothing was copied");
            }
            if (there < here) {
                return Optional.of("The H2 catalogue " + file + " has the " + chain.getKey() + " tables at version "
                        + there + ", this Shelf at version " + here + ": start this Shelf once on the H2 file (move "
                        + "etc/database.properties aside, shelf start, shelf stop, put it back) so it brings them up to "
                        + "date, then copy again; nothing was copied");
            }
            if (there > here) {
                return Optional.of("The H2 catalogue " + file + " has the " + chain.getKey() + " tables at version "
                        + there + ", this Shelf at version " + here + ": it was written by a newer Shelf — upgrade "
                        + "this one to that version, then copy again; nothing was copied");
            }
        }
        return Optional.empty();
    }
}
