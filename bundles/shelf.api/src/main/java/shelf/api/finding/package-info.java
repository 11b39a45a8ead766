/**
 * What a check found about a product — a rule of a pack, or the image stage — with its severity and the
 * field and cell it concerns. Shared by the rule engine, the media processors and the review.
 */
@Export
@Version("1.0.0")
package shelf.api.finding;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
