package shelf.core.internal.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;

/**
 * The catalogue in a PostgreSQL database named by etc/database.properties, through a pool of connections:
 * unlike an embedded H2 session, a new PostgreSQL connection is a login and a process on the server.
 *
 * <p>Batched inserts go to the server as multi-row INSERTs (the driver's reWriteBatchedInserts): an import's
 * thousands of rows are then a few round trips instead of one each.
 */
public final class PostgresDatabase implements OpenDatabase {
    private final DatabaseSettings settings;
    private final HikariDataSource pool;
    private SchemaMigrations migrations;

    private PostgresDatabase(DatabaseSettings settings, HikariDataSource pool) {
        this.settings = settings;
        this.pool = pool;
    }

    /** Connects (failing at once when the database cannot be reached or refuses the login) and prepares migrations. */
    static PostgresDatabase open(DatabaseSettings settings) throws CatalogException {
        PGSimpleDataSource driver = new PGSimpleDataSource();
        driver.setURL(settings.url());
        if (!settings.user().isEmpty()) {
            driver.setUser(settings.user());
        }
        if (!settings.password().isEmpty()) {
            driver.setPassword(settings.password());
        }
        driver.setReWriteBatchedInserts(true);
        driver.setApplicationName("Shelf");
        HikariConfig config = new HikariConfig();
        config.setDataSource(driver);
        config.setPoolName("shelf-catalogue");
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(10_000);
        config.setRegisterMbeans(false);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) { // the pool's PoolInitializationException: the first connection failed
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new CatalogException("Cannot reach the catalogue's database " + settings.where() + " (set in "
                    + settings.file() + "): " + cause.getMessage(), e);
        }
        PostgresDatabase database = new PostgresDatabase(settings, pool);
        try {
            database.migrations = new SchemaMigrations(database, settings.where());
            database.migrations.adoptSingleChain();
            return database;
        } catch (CatalogException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public Connection connect() throws CatalogException {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw failure("open", e);
        }
    }

    @Override
    public CatalogException failure(String doing, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) { // connection exceptions: the server is down or unreachable
            return new CatalogException("Cannot reach the catalogue's database " + settings.where() + " (set in "
                    + settings.file() + ") to " + doing + " it: " + e.getMessage(), e);
        }
        return new CatalogException("Cannot " + doing + " the catalogue " + settings.where() + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void migrate(String chain, Class<?> owner, List<String> scripts) throws CatalogException {
        migrations.migrate(chain, owner, scripts);
    }

    @Override
    public void close() {
        pool.close();
    }
}
