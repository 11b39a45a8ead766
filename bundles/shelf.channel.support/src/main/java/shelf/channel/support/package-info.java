/**
 * What every channel adapter needs once: HTTP with timeouts and failure classification, the platforms'
 * request signatures, an access-token cache that refreshes once per expiry, settings with secrets that
 * never print, category mapping files, exact money in yuan or fen, and the address of the local sandbox.
 */
@Export
@Version("1.6.0")
package shelf.channel.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
