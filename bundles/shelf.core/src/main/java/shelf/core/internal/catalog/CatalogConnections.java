package shelf.core.internal.catalog;

import java.sql.Connection;
import java.sql.SQLException;

import shelf.api.catalog.CatalogException;

/**
 * Sessions on the catalogue's database for the other stores of shelf.core that keep their tables beside
 * the catalogue's (users, merchants, review states: see db/V4__review_users.sql), so one file holds
 * everything and one backup saves it. Internal to shelf.core.
 */
public interface CatalogConnections {

    /** A new session; the caller closes it. */
    Connection connect() throws CatalogException;

    /** A database error as a sentence for the operator, saying what was being done ("store a user in"). */
    CatalogException failure(String doing, SQLException e);
}
