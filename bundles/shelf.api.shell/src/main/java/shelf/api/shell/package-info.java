/**
 * What a command contributed by any bundle needs from the shell: aligned tables, progress bars
 * and argument completion.
 */
@Export
@Version("1.7.0")
package shelf.api.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
