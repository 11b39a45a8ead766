package shelf.core.internal.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;
import shelf.api.runtime.ShelfHome;

/**
 * The runtime's database as a service to every bundle that keeps tables: the embedded H2 file
 * SHELF_HOME/data/catalog.mv.db, or the PostgreSQL database SHELF_HOME/etc/database.properties names. A
 * database from a newer Shelf keeps a bundle's component from starting, with the reason in the log and
 * in bundle diagnostics; so does a database.properties that is misspelt or readable by others.
 */
@Component(service = Database.class)
public class SharedDatabase implements Database {
    private Database database;
    private AutoCloseable closing;

    @Activate
    void activate(BundleContext context) throws CatalogException {
        Path home = ShelfHome.of(context);
        Optional<DatabaseSettings> settings = DatabaseSettings.read(home.resolve("etc"));
        if (settings.isPresent()) {
            PostgresDatabase postgres = PostgresDatabase.open(settings.get());
            database = postgres;
            closing = postgres;
        } else {
            CatalogDatabase h2 = CatalogDatabase.open(home.resolve("data").resolve("catalog"));
            database = h2;
            closing = h2;
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        closing.close();
    }

    @Override
    public Connection connect() throws CatalogException {
        return database.connect();
    }

    @Override
    public CatalogException failure(String doing, SQLException e) {
        return database.failure(doing, e);
    }

    @Override
    public void migrate(String chain, Class<?> owner, List<String> scripts) throws CatalogException {
        database.migrate(chain, owner, scripts);
    }
}
