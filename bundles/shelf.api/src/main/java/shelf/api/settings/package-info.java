/**
 * The settings files an operator writes in SHELF_HOME/etc, read the same way by every bundle: key = value
 * lines, a key this Shelf does not know refused with the file and line.
 */
@Export
@Version("1.0.0")
package shelf.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
