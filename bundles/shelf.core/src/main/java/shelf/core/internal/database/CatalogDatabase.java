package shelf.core.internal.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.h2.api.ErrorCode;

import java.util.List;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;

/**
 * The embedded H2 database file every bundle keeps its tables in (SHELF_HOME/data/catalog.mv.db). One connection is held open for the store's lifetime so
 * the database stays open between operations; every operation takes a fresh session of its own, which
 * for an embedded database costs next to nothing.
 */
public final class CatalogDatabase implements OpenDatabase {
    /**
     * WRITE_DELAY=0: a committed batch is on disk before the import reports it, so a kill -9 right after
     * "imported" cannot lose it (H2 would otherwise write up to half a second later). COMPRESS=TRUE: H2
     * rewrites pages as a large batch grows and keeps old chunks a while; compressed, a 100,000-row
     * catalogue file is about a quarter of the size, at no measurable cost in import time.
     */
    private static final String OPTIONS = ";WRITE_DELAY=0;COMPRESS=TRUE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

    /** Identity values H2 takes ahead at a time (see {@link #cacheIdsAhead}). */
    static final long IDS_CACHED = 4096;
    /** Below this share of the file in use, and with this much free, opening compacts it. */
    static final int MIN_FILL_PERCENT = 50;
    static final long MIN_FREE_BYTES = 32L << 20;

    private final Path file;
    private final String url;
    private final org.h2.Driver driver = new org.h2.Driver();
    private final Connection keeper;
    private SchemaMigrations migrations;

    private CatalogDatabase(Path file) throws CatalogException {
        this.file = file;
        this.url = "jdbc:h2:file:" + file.toAbsolutePath() + OPTIONS;
        Connection opened = connect();
        if (compactedWhenMostlyFree(opened)) {
            opened = connect();
        }
        this.keeper = opened;
    }

    /** Opens (creating when new) the database at {@code file} (H2 adds ".mv.db"); each bundle migrates its own tables. */
    public static CatalogDatabase open(Path file) throws CatalogException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new CatalogException("Cannot create the catalogue's folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        CatalogDatabase database = new CatalogDatabase(file);
        try {
            database.migrations = new SchemaMigrations(database, file + ".mv.db");
            database.migrations.adoptSingleChain();
            database.continueIdsAfterTheLastRow();
            return database;
        } catch (CatalogException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public synchronized void migrate(String chain, Class<?> owner, List<String> scripts) throws CatalogException {
        if (migrations.migrate(chain, owner, scripts)) {
            cacheIdsAhead();
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Connection connect() throws CatalogException {
        try {
            Connection connection = driver.connect(url, new Properties());
            if (connection == null) {
                throw new CatalogException("The H2 driver did not accept " + url);
            }
            return connection;
        } catch (SQLException e) {
            throw failure("open", e);
        }
    }

    /** A database error as a sentence for the operator; the SQL detail goes into the cause. */
    @Override
    public CatalogException failure(String doing, SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new CatalogException("The catalogue " + file + ".mv.db is in use by another Shelf process: "
                    + "stop that one first (./shelf stop)", e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
            return new CatalogException("The catalogue " + file + ".mv.db is damaged and cannot be read: "
                    + "restore it from a backup", e);
        }
        return new CatalogException("Cannot " + doing + " the catalogue " + file + ".mv.db: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            keeper.close();
        } catch (SQLException e) {
            System.getLogger(CatalogDatabase.class.getName()).log(System.Logger.Level.WARNING,
                    "closing the catalogue " + file, e);
        }
    }

    /**
     * H2 writes every new version of a page to free space and reuses the space of old ones, but gives it back
     * to the file system only as far as its compaction at close gets in 200 ms: after three re-imports that
     * updated all 25,000 products of the benchmark's workbook, in a runtime of -Xmx256m, the file stayed at
     * 270 MB holding 25 MB of data. When at least half of the file, and 32 MB, is free as the runtime starts,
     * it is rewritten with only its data (SHUTDOWN COMPACT: 0.6 s for that file, 22 MB after). At start,
     * because right after a large import H2 still counts the old versions as in use.
     */
    /** @return whether it compacted, which closes the database and so {@code connection} */
    private boolean compactedWhenMostlyFree(Connection connection) throws CatalogException {
        Path mvFile = file.toAbsolutePath().resolveSibling(file.getFileName() + ".mv.db");
        long before = size(mvFile);
        if (before < MIN_FREE_BYTES * 2) {
            return false;
        }
        long began = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            int fill;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILL_RATE'")) {
                fill = rs.next() ? Integer.parseInt(rs.getString(1).strip()) : 100;
            } catch (NumberFormatException e) {
                fill = 100; // an H2 that reports it otherwise: leave the file as it is
            }
            if (fill >= MIN_FILL_PERCENT || before * (100 - fill) / 100 < MIN_FREE_BYTES) {
                return false;
            }
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure("compact", e);
        }
        closeQuietly(connection);
        System.getLogger(CatalogDatabase.class.getName()).log(System.Logger.Level.INFO,
                "compacted the catalogue {0} from {1} MB to {2} MB in {3} s", mvFile, before >> 20, size(mvFile) >> 20,
                String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - began) / 1e9));
        return true;
    }

    /**
     * H2 hands out identity values (batch, job, review event, schedule ids) from a cache it records ahead on
     * disk, so a runtime that ends without closing the file (kill -9, a crash, a stop that runs out of time)
     * leaves a gap of up to the cache: batch 6 was followed by 39. At start each identity column continues after
     * its last row instead. After a clean stop H2 has recorded the exact next value, and the column is left
     * alone: changing it is a schema change written to disk, on the way to every start's first prompt. Each
     * column's cache is set on the way ({@link #cacheIdsAhead}).
     */
    private void continueIdsAfterTheLastRow() throws CatalogException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String[] c : identityColumns(statement)) {
                cacheAhead(statement, c);
                long next;
                try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(\"" + c[1] + "\"), 0) + 1 FROM \"" + c[0] + "\"")) {
                    rs.next();
                    next = rs.getLong(1);
                }
                if (!Long.toString(next).equals(c[2])) {
                    statement.execute("ALTER TABLE \"" + c[0] + "\" ALTER COLUMN \"" + c[1] + "\" RESTART WITH " + next);
                }
            }
        } catch (SQLException e) {
            throw failure("open", e);
        }
    }

    /**
     * Gives every identity column a cache of {@link #IDS_CACHED} ids instead of H2's 32 (the columns a chain has
     * just created too). Each time H2 records its cache it commits, and with WRITE_DELAY=0 that writes every page
     * any open transaction has changed: a bulk `submit` of 250,000 products, a review event each, spent half its
     * time in those writes, one every 32 events. Gaps do not follow (see {@link #continueIdsAfterTheLastRow}),
     * and H2's cache is one for all sessions (PostgreSQL's is per session), so ids still come in the order taken.
     */
    private void cacheIdsAhead() throws CatalogException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String[] c : identityColumns(statement)) {
                cacheAhead(statement, c);
            }
        } catch (SQLException e) {
            throw failure("open", e);
        }
    }

    private static void cacheAhead(Statement statement, String[] column) throws SQLException {
        if (!Long.toString(IDS_CACHED).equals(column[3])) {
            statement.execute("ALTER TABLE \"" + column[0] + "\" ALTER COLUMN \"" + column[1] + "\" SET CACHE " + IDS_CACHED);
        }
    }

    /** Table, column, next value recorded and cache of each identity column. */
    private static List<String[]> identityColumns(Statement statement) throws SQLException {
        List<String[]> columns = new java.util.ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE, IDENTITY_CACHE "
                + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND IS_IDENTITY = 'YES'")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        return columns;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closed by the shutdown already, or failing: the error that matters is reported by the caller
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
