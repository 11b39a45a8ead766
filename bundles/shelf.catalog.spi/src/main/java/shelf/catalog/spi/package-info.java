/**
 * For Shelf's own bundles, not for plugins: the batch writer an import streams products into, and the
 * catalogue's tables as the publishing outbox and the scheduler read them.
 */
@Export
@Version("1.2.0")
package shelf.catalog.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
