/**
 * The catalogue's value types: a product (SPU) with its SKUs, exact money, and where each value came
 * from in the merchant's file.
 */
@Export
@Version("2.3.0")
package shelf.api.catalog;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
