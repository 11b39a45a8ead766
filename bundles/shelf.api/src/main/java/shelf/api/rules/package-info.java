/**
 * Validation: rule packs (the plugins category managers write), the findings they raise, and the rule
 * engine that runs every applicable pack over a batch.
 */
@Export
@Version("3.5.0")
package shelf.api.rules;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
