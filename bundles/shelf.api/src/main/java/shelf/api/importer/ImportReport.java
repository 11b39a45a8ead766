package shelf.api.importer;

import java.time.Duration;

import shelf.api.catalog.StoredBatch;

/**
 * What an import did.
 *
 * @param batch the stored batch: rows read, products, SKUs, new / updated / unchanged, row errors
 * @param elapsed how long it took, reading and storing
 */
public record ImportReport(StoredBatch batch, Duration elapsed) {}
