package shelf.catalog.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.Product;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;
import shelf.catalog.spi.SourceCodec;

/**
 * One product edited outside an import (sku:generate, later an editor's changes): the new document replaces
 * the stored one and the change is recorded like an import's, in the batch that last touched the product,
 * with the user who made it. Source cells of SKUs that are gone are dropped; the rest stay.
 */
final class ProductEdit {
    private ProductEdit() {}

    /** @return false when the content was the same and nothing was written */
    static boolean apply(Connection c, Product product, String user) throws SQLException, CatalogException {
        c.setAutoCommit(false);
        try {
            boolean changed = write(c, product, user);
            c.commit();
            return changed;
        } catch (SQLException | CatalogException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }

    private static boolean write(Connection c, Product product, String user) throws SQLException, CatalogException {
        long id;
        int revision;
        long batchId;
        byte[] digest;
        byte[] doc;
        byte[] sources;
        String file;
        String sheet;
        try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.revision, p.batch_id, p.digest, p.doc, p.sources, "
                + "b.file, b.sheet FROM product p JOIN batch b ON b.id = p.batch_id WHERE p.merchant = ? AND p.spu_code = ? "
                + "FOR UPDATE")) {
            s.setString(1, product.merchant());
            s.setString(2, product.spuCode());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new CatalogException("There is no product " + product.spuCode() + " of " + product.merchant()
                            + " — import it first");
                }
                id = rs.getLong(1);
                revision = rs.getInt(2);
                batchId = rs.getLong(3);
                digest = rs.getBytes(4);
                doc = rs.getBytes(5);
                sources = rs.getBytes(6);
                file = rs.getString(7);
                sheet = rs.getString(8);
            }
        }
        byte[] newDoc = ProductJson.write(product);
        byte[] newDigest = sha256(newDoc);
        if (Arrays.equals(digest, newDigest)) {
            return false;
        }
        Product previous = ProductJson.read(doc);
        Map<String, SourceCell> kept = keptSources(new String(sources, StandardCharsets.UTF_8), previous, product,
                file, sheet);
        byte[] newSources = SourceCodec.encode(kept, product.skus(), file, sheet).getBytes(StandardCharsets.UTF_8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int next = revision + 1;
        try (PreparedStatement u = c.prepareStatement("UPDATE product SET category_path = ?, revision = ?, updated_at = ?, "
                + "digest = ?, doc = ?, sources = ? WHERE id = ?");
                PreparedStatement h = c.prepareStatement("INSERT INTO product_change (id, batch_id, changed_fields, "
                        + "before_digest, after_digest, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            u.setString(1, product.categoryPath());
            u.setInt(2, next);
            u.setObject(3, now);
            u.setBytes(4, newDigest);
            u.setBytes(5, newDoc);
            u.setBytes(6, newSources);
            u.setLong(7, id);
            u.executeUpdate();
            h.setLong(1, CatalogKeys.ofProduct(id, next));
            h.setLong(2, batchId);
            h.setString(3, JsonText.array(ProductDiff.changedFields(previous, product)));
            h.setBytes(4, digest);
            h.setBytes(5, newDigest);
            h.setObject(6, now);
            h.setString(7, user);
            h.executeUpdate();
        }
        ProductCodeRows.change(c, id, previous, product);
        return true;
    }

    /** The source cells still true of the new content: every one but those of SKUs no longer there. */
    private static Map<String, SourceCell> keptSources(String encoded, Product previous, Product product, String file,
            String sheet) {
        Map<String, SourceCell> all = SourceCodec.decode(encoded, previous.skus(), file, sheet);
        Set<String> skuCodes = product.skus().stream().map(Sku::skuCode).collect(Collectors.toSet());
        Map<String, SourceCell> kept = new LinkedHashMap<>();
        all.forEach((path, cell) -> {
            if (!path.startsWith("skus[") || skuCodes.contains(path.substring(5, Math.max(5, path.indexOf(']'))))) {
                kept.put(path, cell);
            }
        });
        return kept;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

}
