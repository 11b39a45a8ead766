package shelf.catalog.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/**
 * A product as the JSON document the catalogue stores. The text is canonical — fixed key order, maps and
 * lists in the merchant's order, empty values left out, money as exact decimal strings ("12.50", never a
 * double) — so its SHA-256 tells whether two products are the same. Written by hand straight into UTF-8
 * ({@link JsonBytes}) and read with Gson's streaming reader: reflection, or a Writer and a String, would
 * cost more than the rest of the store at 100,000 products.
 */
final class ProductJson {
    private ProductJson() {}

    /** The document as UTF-8 JSON; {@code out} is reset and reused. */
    static byte[] write(Product p, JsonBytes out) {
        out.reset().beginObject();
        text(out, "merchant", p.merchant());
        text(out, "spuCode", p.spuCode());
        text(out, "title", p.title());
        text(out, "subtitle", p.subtitle());
        text(out, "categoryPath", p.categoryPath());
        text(out, "brand", p.brand());
        map(out, "attributes", p.attributes());
        text(out, "description", p.description());
        list(out, "tags", p.tags());
        list(out, "mainImages", p.mainImages());
        list(out, "detailImages", p.detailImages());
        text(out, "video", p.video());
        text(out, "shippingTemplate", p.shippingTemplate());
        text(out, "returnPolicy", p.returnPolicy());
        if (p.dispatchHours() != null) {
            out.name("dispatchHours").value(p.dispatchHours());
        }
        out.name("skus").beginArray();
        for (Sku sku : p.skus()) {
            sku(out, sku);
        }
        out.endArray();
        out.endObject();
        return out.toByteArray();
    }

    static byte[] write(Product p) {
        return write(p, new JsonBytes());
    }

    private static void sku(JsonBytes out, Sku sku) {
        out.beginObject();
        text(out, "skuCode", sku.skuCode());
        text(out, "barcode", sku.barcode());
        map(out, "specs", sku.specs());
        decimal(out, "costPrice", sku.costPrice());
        decimal(out, "salePrice", sku.salePrice());
        decimal(out, "promoPrice", sku.promoPrice());
        decimal(out, "marketPrice", sku.marketPrice());
        if (sku.stock() != null) {
            out.name("stock").value(sku.stock());
        }
        decimal(out, "weightKg", sku.weightKg());
        map(out, "attributes", sku.attributes());
        text(out, "image", sku.image());
        out.endObject();
    }

    private static void text(JsonBytes out, String name, String value) {
        if (!value.isEmpty()) {
            out.name(name).value(value);
        }
    }

    private static void decimal(JsonBytes out, String name, BigDecimal value) {
        if (value != null) {
            out.name(name).value(value.toPlainString());
        }
    }

    private static void list(JsonBytes out, String name, List<String> values) {
        if (!values.isEmpty()) {
            out.name(name).beginArray();
            for (String value : values) {
                out.value(value);
            }
            out.endArray();
        }
    }

    private static void map(JsonBytes out, String name, Map<String, String> values) {
        if (!values.isEmpty()) {
            out.name(name).beginObject();
            for (Map.Entry<String, String> e : values.entrySet()) {
                out.name(e.getKey()).value(e.getValue());
            }
            out.endObject();
        }
    }

    static Product read(byte[] utf8) {
        return read(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
    }

    static Product read(String json) {
        try (JsonReader in = new JsonReader(new StringReader(json))) {
            Map<String, Object> f = new LinkedHashMap<>();
            List<Sku> skus = new ArrayList<>();
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                switch (name) {
                    case "attributes" -> f.put(name, readMap(in));
                    case "tags", "mainImages", "detailImages" -> f.put(name, readList(in));
                    case "dispatchHours" -> f.put(name, in.nextInt());
                    case "skus" -> {
                        in.beginArray();
                        while (in.hasNext()) {
                            skus.add(readSku(in));
                        }
                        in.endArray();
                    }
                    default -> f.put(name, in.nextString());
                }
            }
            in.endObject();
            return new Product(s(f, "merchant"), s(f, "spuCode"), s(f, "title"), s(f, "subtitle"),
                    s(f, "categoryPath"), s(f, "brand"), cast(f.get("attributes")), s(f, "description"),
                    cast(f.get("tags")), cast(f.get("mainImages")), cast(f.get("detailImages")), s(f, "video"),
                    s(f, "shippingTemplate"), s(f, "returnPolicy"), (Integer) f.get("dispatchHours"), skus);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored product is not valid JSON", e);
        }
    }

    private static Sku readSku(JsonReader in) throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "specs", "attributes" -> f.put(name, readMap(in));
                case "stock" -> f.put(name, in.nextInt());
                case "costPrice", "salePrice", "promoPrice", "marketPrice", "weightKg" ->
                        f.put(name, new BigDecimal(in.nextString()));
                default -> f.put(name, in.nextString());
            }
        }
        in.endObject();
        return new Sku(s(f, "skuCode"), s(f, "barcode"), cast(f.get("specs")), (BigDecimal) f.get("costPrice"),
                (BigDecimal) f.get("salePrice"), (BigDecimal) f.get("promoPrice"), (BigDecimal) f.get("marketPrice"),
                (Integer) f.get("stock"), (BigDecimal) f.get("weightKg"), cast(f.get("attributes")), s(f, "image"));
    }

    private static Map<String, String> readMap(JsonReader in) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            map.put(in.nextName(), in.peek() == JsonToken.NULL ? nullToEmpty(in) : in.nextString());
        }
        in.endObject();
        return map;
    }

    private static String nullToEmpty(JsonReader in) throws IOException {
        in.nextNull();
        return "";
    }

    private static List<String> readList(JsonReader in) throws IOException {
        List<String> list = new ArrayList<>();
        in.beginArray();
        while (in.hasNext()) {
            list.add(in.nextString());
        }
        in.endArray();
        return list;
    }

    private static String s(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? "" : (String) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
