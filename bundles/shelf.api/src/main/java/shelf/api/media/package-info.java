/**
 * Media: what images and videos are (read from their headers) and the processors that turn a merchant's
 * photos into each marketplace's sizes and formats.
 */
@Export
@Version("2.2.0")
package shelf.api.media;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
