package shelf.backup.internal.copy;

import static shelf.backup.internal.copy.CatalogueTables.quoted;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import shelf.api.catalog.CatalogException;

import shelf.backup.internal.copy.ColumnTransfer.TargetColumn;

/**
 * Copies the tables of an H2 catalogue into a PostgreSQL one, in one transaction of PostgreSQL: the tables the
 * H2 file has are emptied, filled with its rows (streamed, a batch of inserts at a time) in an order that
 * satisfies foreign keys, and every id column and sequence is set to go on after the copied ids, as H2 would
 * after a restart. Anything failing rolls the whole copy back.
 *
 * <p>Three tables stay as PostgreSQL has them: schema_chain (which migrations this database has applied — the
 * same as the H2 file's, or the copy is refused), audit_head (the head of this home's audit trail, which goes on
 * in the same data/audit.log) and publish_node (the Shelf processes alive on this database now).
 */
final class TableCopy {
    static final Set<String> KEPT = Set.of("schema_chain", "audit_head", "publish_node");
    private static final int BATCH = 500;
    private static final int FETCH = 1_000;

    /** One table to copy: its name in each database, the columns both have, its rows in the H2 file. */
    record Table(String name, String h2Name, List<String> h2Columns, List<TargetColumn> columns, long rows) {
    }

    /** A table copied, with its rows. */
    record Copied(String table, long rows) {
    }

    private final Connection h2;
    private final Connection postgres;

    TableCopy(Connection h2, Connection postgres) {
        this.h2 = h2;
        this.postgres = postgres;
    }

    /**
     * The tables to copy, in order, or the reason they cannot be: a table or a column of the H2 file that
     * PostgreSQL does not have would be lost.
     */
    List<Table> plan() throws SQLException, CatalogException {
        Map<String, String> h2Tables = CatalogueTables.of(h2);
        Map<String, String> pgTables = CatalogueTables.of(postgres);
        Map<String, Table> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> source : h2Tables.entrySet()) {
            String name = source.getKey();
            if (KEPT.contains(name)) {
                continue;
            }
            String target = Optional.ofNullable(pgTables.get(name)).orElseThrow(() -> new CatalogException("the H2 catalogue "
                    + "has a table " + name + " that the PostgreSQL catalogue lacks; nothing was copied"));
            Map<String, String> h2Columns = CatalogueTables.h2Columns(h2, source.getValue());
            Map<String, TargetColumn> pgColumns = CatalogueTables.targetColumns(postgres, target);
            List<String> from = new ArrayList<>();
            List<TargetColumn> to = new ArrayList<>();
            for (Map.Entry<String, String> column : h2Columns.entrySet()) {
                TargetColumn into = pgColumns.get(column.getKey());
                if (into == null) {
                    throw new CatalogException("the H2 catalogue's table " + name + " has a column " + column.getKey()
                            + " that the PostgreSQL catalogue's lacks; nothing was copied");
                }
                from.add(column.getValue());
                to.add(into);
            }
            tables.put(target, new Table(target, source.getValue(), from, to, count(source.getValue())));
        }
        List<String> order = CopyOrder.of(tables.keySet(), CatalogueTables.references(postgres, List.copyOf(tables.keySet())));
        return order.stream().map(tables::get).toList();
    }

    /**
     * Empties and fills the tables, sets the ids after them and commits; on any failure rolls back, so the
     * PostgreSQL catalogue is as it was.
     *
     * @param copied told the rows copied since it was last told
     */
    List<Copied> run(List<Table> tables, LongConsumer copied) throws SQLException {
        boolean autoCommit = postgres.getAutoCommit();
        postgres.setAutoCommit(false);
        try {
            try (Statement statement = postgres.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '30s'"); // a node still at work holds the tables
                statement.execute("TRUNCATE TABLE " + tables.stream().map(t -> quoted(t.name()))
                        .collect(Collectors.joining(", ")));
            }
            List<Copied> done = new ArrayList<>();
            for (Table table : tables) {
                done.add(new Copied(table.name(), fill(table, copied)));
            }
            new IdsAfterCopy(h2, postgres).set(tables.stream().map(Table::name).toList());
            postgres.commit();
            return done;
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            postgres.setAutoCommit(autoCommit);
        }
    }

    private long fill(Table table, LongConsumer copied) throws SQLException {
        String select = "SELECT " + table.h2Columns().stream().map(CatalogueTables::quoted).collect(Collectors.joining(", "))
                + " FROM " + quoted(table.h2Name());
        String insert = "INSERT INTO " + quoted(table.name()) + " ("
                + table.columns().stream().map(c -> quoted(c.name())).collect(Collectors.joining(", ")) + ") VALUES ("
                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        List<ColumnTransfer> transfers = table.columns().stream().map(TargetColumn::transfer).toList();
        long rows = 0;
        try (Statement reading = h2.createStatement(); PreparedStatement writing = postgres.prepareStatement(insert)) {
            reading.setFetchSize(FETCH);
            try (ResultSet rs = reading.executeQuery(select)) {
                int batched = 0;
                while (rs.next()) {
                    for (int i = 0; i < transfers.size(); i++) {
                        transfers.get(i).transfer(rs, i + 1, writing, i + 1, table.columns().get(i));
                    }
                    writing.addBatch();
                    rows++;
                    if (++batched == BATCH) {
                        writing.executeBatch();
                        copied.accept(batched);
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    writing.executeBatch();
                    copied.accept(batched);
                }
            }
        } catch (SQLException e) {
            throw new SQLException("copying the table " + table.name() + ": " + e.getMessage(), e.getSQLState(), e);
        }
        return rows;
    }

    private long count(String h2Table) throws SQLException {
        try (Statement statement = h2.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + quoted(h2Table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void rollback(Exception cause) {
        try {
            postgres.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e); // the server ends the transaction with the connection anyway
        }
    }
}
