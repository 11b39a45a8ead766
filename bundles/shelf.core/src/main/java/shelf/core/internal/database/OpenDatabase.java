package shelf.core.internal.database;

import shelf.api.store.Database;

/** A database this bundle opened and closes when it stops. */
interface OpenDatabase extends Database, AutoCloseable {
}
