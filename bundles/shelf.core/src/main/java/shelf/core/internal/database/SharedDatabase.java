package shelf.core.internal.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import shelf.api.catalog.CatalogException;
import shelf.api.store.Database;
import shelf.api.runtime.ShelfHome;

/**
 * The runtime's database, SHELF_HOME/data/catalog.mv.db, as a service to every bundle that keeps tables. A
 * database from a newer Shelf keeps a bundle's component from starting, with the reason in the log and
 * in bundle diagnostics.
 */
@Component(service = Database.class)
public class SharedDatabase implements Database {
    private CatalogDatabase database;

    @Activate
    void activate(BundleContext context) throws CatalogException {
        database = CatalogDatabase.open(ShelfHome.of(context).resolve("data").resolve("catalog"));
    }

    @Deactivate
    void deactivate() {
        database.close();
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
