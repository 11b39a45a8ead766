/**
 * The shared database and the migration of each bundle's own tables.
 */
@Export
@Version("1.0.0")
package shelf.api.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
