/**
 * The audit trail: every change appended to SHELF_HOME/data/audit.log, one JSON object per line, each line
 * numbered and carrying an HMAC-SHA256 (key in SHELF_HOME/etc/audit.key) over its content and the MAC of the
 * line before; the last line's number and MAC are kept in the catalogue, so a changed, removed or cut-off
 * line, an emptied or deleted file and a rewrite without the key are detected.
 */
@Export
@Version("2.1.0")
package shelf.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
