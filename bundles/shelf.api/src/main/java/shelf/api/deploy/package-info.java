/**
 * The deploy folder ({@code SHELF_HOME/deploy}): the handlers that take the files dropped there and
 * the status of each file.
 */
@Export
@Version("1.1.0")
package shelf.api.deploy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
