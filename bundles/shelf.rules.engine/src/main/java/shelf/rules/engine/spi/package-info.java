/**
 * What shelf.rules.packs (the pack library: deploy folder, pack bundles, versions, rollback) needs of the engine:
 * reading a declarative pack into a pack that runs. Not for plugins: a new kind of check is a
 * {@link shelf.api.rules.RuleCheck} service.
 */
@Export
@Version("1.0.0")
package shelf.rules.engine.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
