/**
 * Scheduled publishing: a publish that runs at a set time (the hour that sells best), kept in the
 * catalogue so a restart does not lose it, and publish windows per category.
 */
@Export
@Version("2.1.0")
package shelf.api.schedule;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
