package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import shelf.api.catalog.Product;
import shelf.api.catalog.RowError;

/**
 * The batched statements of one batch. New products go in on a connection of their own and are committed
 * as they come (invisible until their batch is, see {@link H2BatchWriter}); the rest waits in the batch's
 * transaction.
 */
final class Statements implements AutoCloseable {
    /** Index rows per commit: small enough that H2 does not write an open transaction's rows twice. */
    private static final int NEW_CODES_PER_COMMIT = 20_000;
    private final Connection staging;
    private final PreparedStatement insertProduct;
    private final PreparedStatement updateProduct;
    private final PreparedStatement change;
    private final PreparedStatement batchProducts;
    private final PreparedStatement rowError;
    private final ProductCodeRows.Pending newCode;
    private final ProductCodeRows.Pending addCode;
    private final PreparedStatement dropCode;

    Statements(Connection c, Connection staging) throws SQLException {
        this.staging = staging;
        insertProduct = staging.prepareStatement("INSERT INTO product (id, merchant, spu_code, category_path, batch_id, "
                + "revision, updated_at, created_batch, created_at, digest, doc, sources) "
                + "VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)");
        updateProduct = c.prepareStatement("UPDATE product SET category_path = ?, batch_id = ?, revision = ?, "
                + "updated_at = ?, digest = ?, doc = ?, sources = ? WHERE id = ?");
        change = c.prepareStatement("INSERT INTO product_change (id, batch_id, changed_fields, before_digest, "
                + "after_digest, changed_at) VALUES (?, ?, ?, ?, ?, ?)");
        batchProducts = c.prepareStatement("INSERT INTO batch_product (id, product_ids) VALUES (?, ?)");
        rowError = c.prepareStatement("INSERT INTO row_error (id, batch_id, row_no, col_no, header, raw, reason, "
                + "warning) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        newCode = new ProductCodeRows.Pending(staging);
        addCode = new ProductCodeRows.Pending(c);
        dropCode = c.prepareStatement(ProductCodeRows.DELETE);
    }

    /**
     * The index rows of a new product: kept until the batch's products are all stored, then written in the order
     * of their codes ({@link #newCodesInOrder}).
     */
    void newCodes(long productId, Product p) throws SQLException {
        newCode.add(productId, ProductCodes.of(p));
    }

    /** The index rows of an updated product: those of values it no longer holds go, those of new values come. */
    void changeCodes(long productId, Product before, Product after) throws SQLException {
        long[] old = ProductCodes.of(before);
        long[] now = ProductCodes.of(after);
        ProductCodeRows.delete(dropCode, productId, ProductCodes.added(now, old));
        addCode.add(productId, ProductCodes.added(old, now));
    }

    /**
     * Writes the new products' index rows, sorted, on the connection of new products, committed as they go in
     * (like those products, they count for nothing until the batch is imported; a batch that fails deletes them).
     */
    void newCodesInOrder() throws SQLException {
        newCode.writeSorted(NEW_CODES_PER_COMMIT);
    }

    void insertProduct(long id, Product p, long batchId, OffsetDateTime now, byte[] digest, byte[] doc,
            byte[] sources) throws SQLException {
        insertProduct.setLong(1, id);
        insertProduct.setString(2, p.merchant());
        insertProduct.setString(3, p.spuCode());
        insertProduct.setString(4, p.categoryPath());
        insertProduct.setLong(5, batchId);
        insertProduct.setObject(6, now);
        insertProduct.setLong(7, batchId);
        insertProduct.setObject(8, now);
        insertProduct.setBytes(9, digest);
        insertProduct.setBytes(10, doc);
        insertProduct.setBytes(11, sources);
        insertProduct.addBatch();
    }

    void updateProduct(long id, Product p, long batchId, int revision, OffsetDateTime now, byte[] digest, byte[] doc,
            byte[] sources) throws SQLException {
        updateProduct.setString(1, p.categoryPath());
        updateProduct.setLong(2, batchId);
        updateProduct.setInt(3, revision);
        updateProduct.setObject(4, now);
        updateProduct.setBytes(5, digest);
        updateProduct.setBytes(6, doc);
        updateProduct.setBytes(7, sources);
        updateProduct.setLong(8, id);
        updateProduct.addBatch();
    }

    void change(long productId, int revision, long batchId, String fields, byte[] before, byte[] after,
            OffsetDateTime now) throws SQLException {
        change.setLong(1, CatalogKeys.ofProduct(productId, revision));
        change.setLong(2, batchId);
        change.setString(3, fields);
        change.setBytes(4, before);
        change.setBytes(5, after);
        change.setObject(6, now);
        change.addBatch();
    }

    void batchProducts(long batchId, ProductIdList ids) throws SQLException {
        for (int row = 0; row < ids.rows(); row++) {
            batchProducts.setLong(1, CatalogKeys.ofBatch(batchId, row));
            batchProducts.setBytes(2, ids.packed(row));
            batchProducts.addBatch();
        }
        batchProducts.executeBatch();
    }

    void rowErrors(long batchId, List<RowError> errors) throws SQLException {
        int seq = 0;
        for (RowError e : errors) {
            rowError.setLong(1, CatalogKeys.ofBatch(batchId, seq++));
            rowError.setLong(2, batchId);
            rowError.setInt(3, e.row());
            rowError.setInt(4, e.column());
            rowError.setString(5, e.header());
            rowError.setString(6, e.raw());
            rowError.setString(7, e.reason());
            rowError.setBoolean(8, e.warning());
            rowError.addBatch();
        }
        rowError.executeBatch();
    }

    /** Runs everything queued: new products, committed at once, then updates and the records of changes. */
    void execute() throws SQLException {
        insertProduct.executeBatch();
        staging.commit();
        updateProduct.executeBatch();
        change.executeBatch();
        dropCode.executeBatch();
        addCode.write();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(insertProduct, updateProduct, change, batchProducts, rowError, dropCode)) {
            s.close();
        }
    }
}
