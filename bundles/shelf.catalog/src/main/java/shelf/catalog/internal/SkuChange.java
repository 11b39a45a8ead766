package shelf.catalog.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.store.Database;

/**
 * A price or stock set by an operator (price:set, stock:set) rather than by an import: the product's document
 * is rewritten with the one SKU changed, its revision goes up, and the change is recorded under batch 0.
 * There is no index of SKU codes, so the products are found by the code's bytes in their documents first and
 * decoded only when they match.
 */
final class SkuChange {
    private final Database database;

    SkuChange(Database database) {
        this.database = database;
    }

    /** The products with the SKU, read only: price:set asks whose they are before it changes any. */
    List<Product> find(String merchant, String skuCode) throws CatalogException {
        byte[] needle = new JsonBytes().name("skuCode").value(skuCode).toByteArray();
        List<Product> found = new ArrayList<>();
        String sql = "SELECT doc FROM product" + (merchant.isEmpty() ? "" : " WHERE merchant = ?");
        try (Connection c = database.connect(); PreparedStatement select = c.prepareStatement(sql)) {
            if (!merchant.isEmpty()) {
                select.setString(1, merchant);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byte[] doc = rs.getBytes(1);
                    if (contains(doc, needle)) {
                        Product product = ProductJson.read(doc);
                        if (product.skus().stream().anyMatch(s -> s.skuCode().equals(skuCode))) {
                            found.add(product);
                        }
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw database.failure("find SKU " + skuCode + " in", e);
        }
    }

    List<Product> apply(String merchant, String skuCode, UnaryOperator<Sku> change) throws CatalogException {
        byte[] needle = new JsonBytes().name("skuCode").value(skuCode).toByteArray();
        List<Product> changed = new ArrayList<>();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            String sql = "SELECT id, revision, digest, doc FROM product" + (merchant.isEmpty() ? "" : " WHERE merchant = ?");
            try (PreparedStatement select = c.prepareStatement(sql)) {
                if (!merchant.isEmpty()) {
                    select.setString(1, merchant);
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        byte[] doc = rs.getBytes(4);
                        if (contains(doc, needle)) {
                            Product product = rewrite(c, rs.getLong(1), rs.getInt(2), rs.getBytes(3), ProductJson.read(doc),
                                    skuCode, change);
                            if (product != null) {
                                changed.add(product);
                            }
                        }
                    }
                }
            }
            c.commit();
            return changed;
        } catch (SQLException e) {
            throw database.failure("change SKU " + skuCode + " in", e);
        }
    }

    private static Product rewrite(Connection c, long id, int revision, byte[] before, Product product, String skuCode,
            UnaryOperator<Sku> change) throws SQLException {
        List<Sku> skus = new ArrayList<>(product.skus());
        int at = -1;
        for (int i = 0; i < skus.size(); i++) {
            if (skus.get(i).skuCode().equals(skuCode)) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        Sku old = skus.get(at);
        skus.set(at, change.apply(old));
        Product after = new Product(product.merchant(), product.spuCode(), product.title(), product.subtitle(),
                product.categoryPath(), product.brand(), product.attributes(), product.description(), product.tags(),
                product.mainImages(), product.detailImages(), product.video(), product.shippingTemplate(),
                product.returnPolicy(), product.dispatchHours(), skus);
        byte[] doc = ProductJson.write(after);
        byte[] digest = sha256(doc);
        OffsetDateTime now = OffsetDateTime.now();
        // no row locks while reading a merchant's products (an import may be writing them): the update applies
        // only to the revision read, and a product changed in between is reported, not overwritten
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE product SET revision = ?, updated_at = ?, digest = ?, doc = ? WHERE id = ? AND revision = ?")) {
            update.setInt(1, revision + 1);
            update.setObject(2, now);
            update.setBytes(3, digest);
            update.setBytes(4, doc);
            update.setLong(5, id);
            update.setInt(6, revision);
            if (update.executeUpdate() == 0) {
                throw new SQLException("product " + product.spuCode() + " changed while its SKU " + skuCode
                        + " was being set: set it again");
            }
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO product_change (id, batch_id, changed_fields, "
                + "before_digest, after_digest, changed_at) VALUES (?, 0, ?, ?, ?, ?)")) {
            insert.setLong(1, CatalogKeys.ofProduct(id, revision + 1));
            insert.setString(2, JsonText.array(ProductDiff.changedFields(product, after)));
            insert.setBytes(3, before);
            insert.setBytes(4, digest);
            insert.setObject(5, now);
            insert.executeUpdate();
        }
        ProductCodeRows.change(c, id, product, after);
        return after;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] sha256(byte[] doc) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(doc);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
