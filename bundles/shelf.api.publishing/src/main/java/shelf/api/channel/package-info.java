/**
 * Channels: the marketplaces Shelf publishes to. A channel adapter (one bundle per marketplace) speaks
 * its platform's open API; the core's publishing engine drives adapters through this SPI only.
 */
@Export
@Version("1.4.0")
package shelf.api.channel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
