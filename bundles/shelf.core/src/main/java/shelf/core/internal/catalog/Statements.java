package shelf.core.internal.catalog;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import shelf.api.catalog.ImportedProduct;
import shelf.api.catalog.Product;
import shelf.api.catalog.RowError;
import shelf.api.catalog.Sku;

/** The batched statements of one batch, executed together in an order that keeps products before their rows. */
final class Statements implements AutoCloseable {
    private final PreparedStatement insertProduct;
    private final PreparedStatement updateProduct;
    private final PreparedStatement insertSku;
    private final PreparedStatement mergeSku;
    private final PreparedStatement deleteSkus;
    private final PreparedStatement batchProduct;
    private final PreparedStatement change;
    private final PreparedStatement rowError;
    private int batchProducts;

    Statements(Connection c) throws SQLException {
        insertProduct = c.prepareStatement("INSERT INTO product (id, merchant, spu_code, title, category_path, batch_id, "
                + "revision, updated_at, digest, doc, sources) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)");
        updateProduct = c.prepareStatement("UPDATE product SET title = ?, category_path = ?, batch_id = ?, revision = ?, "
                + "updated_at = ?, digest = ?, doc = ?, sources = ? WHERE id = ?");
        String skuColumns = "sku (id, product_id, merchant, sku_code, barcode, sale_price, stock)";
        insertSku = c.prepareStatement("INSERT INTO " + skuColumns + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        mergeSku = c.prepareStatement("MERGE INTO " + skuColumns + " KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)");
        deleteSkus = c.prepareStatement("DELETE FROM sku WHERE id BETWEEN ? AND ?");
        batchProduct = c.prepareStatement("INSERT INTO batch_product (id, batch_id, product_id, outcome) VALUES (?, ?, ?, ?)");
        change = c.prepareStatement("INSERT INTO product_change (id, product_id, revision, batch_id, changed_fields, "
                + "before_digest, after_digest, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        rowError = c.prepareStatement("INSERT INTO row_error (id, batch_id, row_no, col_no, header, raw, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    void insertProduct(long id, ImportedProduct imported, long batchId, OffsetDateTime now, byte[] digest, String doc,
            String sources) throws SQLException {
        Product p = imported.product();
        insertProduct.setLong(1, id);
        insertProduct.setString(2, p.merchant());
        insertProduct.setString(3, p.spuCode());
        insertProduct.setString(4, p.title());
        insertProduct.setString(5, p.categoryPath());
        insertProduct.setLong(6, batchId);
        insertProduct.setObject(7, now);
        insertProduct.setBytes(8, digest);
        insertProduct.setString(9, doc);
        insertProduct.setString(10, sources);
        insertProduct.addBatch();
        skus(insertSku, id, p);
    }

    /** Rewrites a product, and those of its SKU rows that differ; SKUs past the new count are deleted. */
    void updateProduct(long id, ImportedProduct imported, List<Sku> skusBefore, long batchId, int revision,
            OffsetDateTime now, byte[] digest, String doc, String sources) throws SQLException {
        Product p = imported.product();
        updateProduct.setString(1, p.title());
        updateProduct.setString(2, p.categoryPath());
        updateProduct.setLong(3, batchId);
        updateProduct.setInt(4, revision);
        updateProduct.setObject(5, now);
        updateProduct.setBytes(6, digest);
        updateProduct.setString(7, doc);
        updateProduct.setString(8, sources);
        updateProduct.setLong(9, id);
        updateProduct.addBatch();
        for (int position = 0; position < p.skus().size(); position++) {
            Sku sku = p.skus().get(position);
            if (position >= skusBefore.size() || !sameRow(skusBefore.get(position), sku)) {
                sku(mergeSku, id, position, p.merchant(), sku);
            }
        }
        if (skusBefore.size() > p.skus().size()) {
            deleteSkus.setLong(1, CatalogKeys.ofProduct(id, p.skus().size()));
            deleteSkus.setLong(2, CatalogKeys.lastOfProduct(id));
            deleteSkus.addBatch();
        }
    }

    private static void skus(PreparedStatement statement, long productId, Product product) throws SQLException {
        for (int position = 0; position < product.skus().size(); position++) {
            sku(statement, productId, position, product.merchant(), product.skus().get(position));
        }
    }

    private static void sku(PreparedStatement statement, long productId, int position, String merchant, Sku sku)
            throws SQLException {
        statement.setLong(1, CatalogKeys.ofProduct(productId, position));
        statement.setLong(2, productId);
        statement.setString(3, merchant);
        statement.setString(4, sku.skuCode());
        statement.setString(5, sku.barcode());
        statement.setBigDecimal(6, salePrice(sku.salePrice()));
        if (sku.stock() == null) {
            statement.setNull(7, Types.INTEGER);
        } else {
            statement.setInt(7, sku.stock());
        }
        statement.addBatch();
    }

    /** Whether the sku table's row would stay the same: most updates change a few SKUs, not all. */
    private static boolean sameRow(Sku before, Sku after) {
        return before.skuCode().equals(after.skuCode()) && before.barcode().equals(after.barcode())
                && java.util.Objects.equals(salePrice(before.salePrice()), salePrice(after.salePrice()))
                && java.util.Objects.equals(before.stock(), after.stock());
    }

    /** The column holds fen; a price with more decimals stays exact in the document and is left out here. */
    private static BigDecimal salePrice(BigDecimal price) {
        return price != null && price.scale() <= 2 && price.precision() - price.scale() <= 16 ? price : null;
    }

    void batchProduct(long batchId, long productId, char outcome) throws SQLException {
        batchProduct.setLong(1, CatalogKeys.ofBatch(batchId, batchProducts++));
        batchProduct.setLong(2, batchId);
        batchProduct.setLong(3, productId);
        batchProduct.setString(4, String.valueOf(outcome));
        batchProduct.addBatch();
    }

    void change(long productId, int revision, long batchId, String fields, byte[] before, byte[] after,
            OffsetDateTime now) throws SQLException {
        change.setLong(1, CatalogKeys.ofProduct(productId, revision));
        change.setLong(2, productId);
        change.setInt(3, revision);
        change.setLong(4, batchId);
        change.setString(5, fields);
        change.setBytes(6, before);
        change.setBytes(7, after);
        change.setObject(8, now);
        change.addBatch();
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
            rowError.addBatch();
        }
        rowError.executeBatch();
    }

    /** Runs everything queued: products first, then their SKUs, then the batch's records of them. */
    void execute() throws SQLException {
        insertProduct.executeBatch();
        updateProduct.executeBatch();
        insertSku.executeBatch();
        mergeSku.executeBatch();
        deleteSkus.executeBatch();
        batchProduct.executeBatch();
        change.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(insertProduct, updateProduct, insertSku, mergeSku, deleteSkus, batchProduct,
                change, rowError)) {
            s.close();
        }
    }
}
