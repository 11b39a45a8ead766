package shelf.core.internal.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
 * database.properties that is misspelt or readable by others keeps this component from starting, with the
 * reason in the log and in bundle diagnostics. The database itself opens on a thread of its own as soon as the
 * core starts, while the rest of the boot feature starts on the launcher's thread: the first login, which the
 * prompt waits for, then finds it open (on a 2-core machine about a tenth of a second of every start). A
 * database that cannot be opened — in use by another Shelf, damaged, from a newer Shelf — fails the first
 * bundle that uses it, with the same reason.
 */
@Component(service = Database.class, immediate = true)
public class SharedDatabase implements Database {
    private CompletableFuture<OpenDatabase> opening;

    @Activate
    void activate(BundleContext context) throws CatalogException {
        Path home = ShelfHome.of(context);
        Optional<DatabaseSettings> settings = DatabaseSettings.read(home.resolve("etc"));
        opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> open(settings, home), "shelf-database-open");
        opener.setDaemon(true);
        opener.start();
    }

    private void open(Optional<DatabaseSettings> settings, Path home) {
        try {
            opening.complete(settings.isPresent() ? PostgresDatabase.open(settings.get())
                    : CatalogDatabase.open(home.resolve("data").resolve("catalog")));
        } catch (CatalogException | RuntimeException e) {
            opening.completeExceptionally(e);
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        try {
            opening.join().close();
        } catch (CompletionException e) {
            // never opened: nothing to close
        }
    }

    private Database database() throws CatalogException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof CatalogException failure) {
                throw new CatalogException(failure.getMessage(), failure);
            }
            throw new CatalogException("Cannot open the catalogue: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public Connection connect() throws CatalogException {
        return database().connect();
    }

    @Override
    public CatalogException failure(String doing, SQLException e) {
        try {
            return database().failure(doing, e);
        } catch (CatalogException notOpen) {
            return notOpen;
        }
    }

    @Override
    public void migrate(String chain, Class<?> owner, List<String> scripts) throws CatalogException {
        database().migrate(chain, owner, scripts);
    }
}
