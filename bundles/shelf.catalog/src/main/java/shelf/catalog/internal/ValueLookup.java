package shelf.catalog.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/**
 * A merchant's stored products holding given values of a field, found by index: SKU codes and barcodes through
 * product_code_key, SPU codes through the product table's key. Only the documents of the products found are read,
 * and each is checked to hold a value (product_code_key holds hashes).
 */
final class ValueLookup {
    /** Values per query: as many parameters as any database takes, few round trips. */
    private static final int VALUES_PER_QUERY = 500;
    private static final Map<String, Function<Sku, String>> SKU_FIELDS = Map.of(
            "skus.skuCode", Sku::skuCode, "skus.barcode", Sku::barcode);

    private ValueLookup() {}

    /** Whether the field is looked up by index; any other needs the merchant's products read. */
    static boolean indexed(String field) {
        return "spuCode".equals(field) || SKU_FIELDS.containsKey(field);
    }

    static List<Product> holding(Connection c, String merchant, String field, Collection<String> values,
            Set<String> except) throws SQLException {
        Map<String, Long> found = new TreeMap<>(); // by SPU code, the order the catalogue lists products in
        if ("spuCode".equals(field)) {
            for (List<?> part : parts(new ArrayList<>(new HashSet<>(values)))) {
                List<Object> args = new ArrayList<>(part.size() + 1);
                args.add(merchant);
                args.addAll(part);
                candidates(c, "SELECT p.id, p.spu_code FROM product p WHERE p.merchant = ? AND p.spu_code IN ("
                        + marks(part.size()) + ") AND" + CatalogQueries.VISIBLE, args, except, found);
            }
        } else {
            for (List<Long> part : parts(new ArrayList<>(ProductCodes.of(merchant, values)))) {
                // the products of the part's codes first, then those of the merchant among them: asked in one
                // query, PostgreSQL's planner expects a range of the key to hold many rows and reads every product
                List<Object> ids = new ArrayList<>(productIds(c, part));
                for (List<Object> some : parts(ids)) {
                    List<Object> args = new ArrayList<>(some.size() + 1);
                    args.add(merchant);
                    args.addAll(some);
                    candidates(c, "SELECT p.id, p.spu_code FROM product p WHERE p.merchant = ? AND p.id IN ("
                            + marks(some.size()) + ") AND" + CatalogQueries.VISIBLE, args, except, found);
                }
            }
        }
        Set<String> wanted = new HashSet<>(values);
        Function<Sku, String> skuValue = SKU_FIELDS.get(field);
        List<Product> holding = new ArrayList<>();
        for (List<?> part : parts(new ArrayList<>(found.values()))) {
            for (Product product : documents(c, part)) {
                Stream<String> held = skuValue == null ? Stream.of(product.spuCode())
                        : product.skus().stream().map(skuValue);
                if (held.anyMatch(wanted::contains)) {
                    holding.add(product);
                }
            }
        }
        holding.sort((a, b) -> a.spuCode().compareTo(b.spuCode()));
        return holding;
    }

    /** The products holding a row of product_code_key of these codes: one range of the key per code. */
    private static Set<Object> productIds(Connection c, List<Long> codes) throws SQLException {
        Set<Object> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT k.product_id FROM (VALUES "
                + String.join(", ", Collections.nCopies(codes.size(), "(CAST(? AS BIGINT), CAST(? AS BIGINT))"))
                + ") AS v(first_entry, last_entry) JOIN product_code_key k ON k.entry >= v.first_entry "
                + "AND k.entry <= v.last_entry")) {
            int at = 1;
            for (long code : codes) {
                s.setLong(at++, ProductCodes.first(code));
                s.setLong(at++, ProductCodes.last(code));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Adds the products the query (with {@code args} in order) finds whose SPU codes are not in {@code except}. */
    private static void candidates(Connection c, String sql, List<Object> args, Set<String> except,
            Map<String, Long> found) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int at = 1;
            for (Object value : args) {
                s.setObject(at++, value);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!except.contains(rs.getString(2))) {
                        found.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
        }
    }

    private static List<Product> documents(Connection c, List<?> ids) throws SQLException {
        List<Product> products = new ArrayList<>(ids.size());
        try (PreparedStatement s = c.prepareStatement("SELECT doc FROM product WHERE id IN (" + marks(ids.size()) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                s.setObject(i + 1, ids.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    products.add(ProductJson.read(rs.getBytes(1)));
                }
            }
        }
        return products;
    }

    private static <T> List<List<T>> parts(List<T> all) {
        List<List<T>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += VALUES_PER_QUERY) {
            parts.add(all.subList(from, Math.min(all.size(), from + VALUES_PER_QUERY)));
        }
        return parts.isEmpty() ? Collections.emptyList() : parts;
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
