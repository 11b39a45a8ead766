/**
 * The runtime as platform teams see it: features (named sets of bundles) and bundle diagnostics.
 */
@Export
@Version("1.3.0")
package shelf.api.runtime;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
