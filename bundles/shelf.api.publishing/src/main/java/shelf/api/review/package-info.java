/**
 * The review workflow: draft → pre-review (basic information) → final review (detail page) → approved,
 * or rejected with a reason; merchants and their tiers (a VIP merchant's products without error
 * findings pass both stages on submit). Publishing takes approved products only.
 */
@Export
@Version("2.2.0")
package shelf.api.review;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
