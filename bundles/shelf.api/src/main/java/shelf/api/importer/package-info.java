/**
 * Importers: plugins that read a merchant's file (Excel, CSV, …) as rows of cells, exactly as the
 * spreadsheet program shows them. Mapping columns to product fields is the core's job.
 */
@Export
@Version("2.2.0")
package shelf.api.importer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
