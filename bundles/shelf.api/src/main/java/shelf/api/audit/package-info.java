/**
 * The audit trail: every change appended to SHELF_HOME/data/audit.log, one JSON object per line, each
 * line carrying the hash of the line before so an edited or deleted line is detected.
 */
@Export
@Version("1.0.0")
package shelf.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
