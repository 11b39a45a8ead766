package shelf.core.internal.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.h2.api.ErrorCode;

import shelf.api.catalog.CatalogException;

/**
 * The embedded H2 database file of the catalogue. One connection is held open for the store's lifetime so
 * the database stays open between operations; every operation takes a fresh session of its own, which
 * for an embedded database costs next to nothing.
 */
final class CatalogDatabase implements AutoCloseable {
    /**
     * WRITE_DELAY=0: a committed batch is on disk before the import reports it, so a kill -9 right after
     * "imported" cannot lose it (H2 would otherwise write up to half a second later). COMPRESS=TRUE: H2
     * rewrites pages as a large batch grows and keeps old chunks a while; compressed, a 100,000-row
     * catalogue file is about a quarter of the size, at no measurable cost in import time.
     */
    private static final String OPTIONS = ";WRITE_DELAY=0;COMPRESS=TRUE;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";

    private final Path file;
    private final String url;
    private final org.h2.Driver driver = new org.h2.Driver();
    private final Connection keeper;

    private CatalogDatabase(Path file) throws CatalogException {
        this.file = file;
        this.url = "jdbc:h2:file:" + file.toAbsolutePath() + OPTIONS;
        this.keeper = connect();
    }

    /** Opens (creating when new) the database at {@code file} (H2 adds ".mv.db") and brings its schema up to date. */
    static CatalogDatabase open(Path file) throws CatalogException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new CatalogException("Cannot create the catalogue's folder " + file.getParent() + ": " + e.getMessage(), e);
        }
        CatalogDatabase database = new CatalogDatabase(file);
        try {
            new SchemaMigrations(database).migrate();
            database.discardUnfinishedBatches();
            return database;
        } catch (CatalogException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private void discardUnfinishedBatches() throws CatalogException {
        try (Connection connection = connect()) {
            BatchRows.discardUnfinished(connection);
        } catch (SQLException e) {
            throw failure("clean up", e);
        }
    }

    Path file() {
        return file;
    }

    Connection connect() throws CatalogException {
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
    CatalogException failure(String doing, SQLException e) {
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
}
