package shelf.core.internal.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;

/**
 * A product as the JSON document the catalogue stores. The text is canonical — fixed key order, maps and
 * lists in the merchant's order, empty values left out, money as exact decimal strings ("12.50", never a
 * double) — so its SHA-256 tells whether two products are the same. Written by hand with Gson's streaming
 * writer: reflection would cost more than the rest of the store at 100,000 products.
 */
final class ProductJson {
    private ProductJson() {}

    static String write(Product p) {
        TextBuffer text = new TextBuffer(1024);
        try (JsonWriter out = new JsonWriter(text)) {
            out.setSerializeNulls(false);
            out.beginObject();
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
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    private static void sku(JsonWriter out, Sku sku) throws IOException {
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
        out.endObject();
    }

    private static void text(JsonWriter out, String name, String value) throws IOException {
        if (!value.isEmpty()) {
            out.name(name).value(value);
        }
    }

    private static void decimal(JsonWriter out, String name, BigDecimal value) throws IOException {
        if (value != null) {
            out.name(name).value(value.toPlainString());
        }
    }

    private static void list(JsonWriter out, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            out.name(name).beginArray();
            for (String value : values) {
                out.value(value);
            }
            out.endArray();
        }
    }

    private static void map(JsonWriter out, String name, Map<String, String> values) throws IOException {
        if (!values.isEmpty()) {
            out.name(name).beginObject();
            for (Map.Entry<String, String> e : values.entrySet()) {
                out.name(e.getKey()).value(e.getValue());
            }
            out.endObject();
        }
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
                case "specs" -> f.put(name, readMap(in));
                case "stock" -> f.put(name, in.nextInt());
                case "costPrice", "salePrice", "promoPrice", "marketPrice", "weightKg" ->
                        f.put(name, new BigDecimal(in.nextString()));
                default -> f.put(name, in.nextString());
            }
        }
        in.endObject();
        return new Sku(s(f, "skuCode"), s(f, "barcode"), cast(f.get("specs")), (BigDecimal) f.get("costPrice"),
                (BigDecimal) f.get("salePrice"), (BigDecimal) f.get("promoPrice"), (BigDecimal) f.get("marketPrice"),
                (Integer) f.get("stock"), (BigDecimal) f.get("weightKg"));
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

    /** A StringWriter without StringBuffer's locking, which costs more than the JSON at this volume. */
    private static final class TextBuffer extends Writer {
        private final StringBuilder text;

        TextBuffer(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
