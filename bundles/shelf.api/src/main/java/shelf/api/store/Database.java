package shelf.api.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.catalog.CatalogException;

/**
 * The runtime's one database (SHELF_HOME/data/catalog.mv.db), shared by every bundle that keeps tables, so
 * one file holds what an instance knows and one backup saves it. Each bundle owns its tables: it brings
 * its own chain of migration scripts up to date with {@link #migrate} before it uses them.
 */
@ProviderType
public interface Database {

    /** A new session; the caller closes it. */
    Connection connect() throws CatalogException;

    /** A database error as a sentence for the operator, saying what was being done ("store a user in"). */
    CatalogException failure(String doing, SQLException e);

    /**
     * Applies, in order and each once, the scripts of one bundle's chain that this database has not applied
     * yet. A database that has applied more of the chain than {@code scripts} names was written by a newer
     * version of that bundle, and is refused.
     *
     * @param chain the chain's name, unique to the bundle that owns it ("catalog", "publish")
     * @param owner the class next to whose package the scripts are, as resources
     * @param scripts resource names relative to {@code owner}, each {@code db/V<n>__<what>.sql}, n = 1, 2, …
     */
    void migrate(String chain, Class<?> owner, List<String> scripts) throws CatalogException;
}
