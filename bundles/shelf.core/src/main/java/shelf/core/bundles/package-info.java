/**
 * For Shelf's own bundles, not for plugins: refreshing bundles and waiting for it, and saying in words why a
 * bundle does not resolve or start (the same sentences bundle:diag, feature:install and the deploy folder use).
 */
@Export
@Version("1.0.0")
package shelf.core.bundles;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
