package shelf.catalog.command.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import shelf.api.catalog.Product;
import shelf.api.catalog.Sku;
import shelf.api.catalog.SourceCell;
import shelf.api.catalog.StoredProduct;
import shelf.api.shell.Table;
import shelf.api.shell.BatchFigures;

/**
 * A stored product as product:show prints it: the fields under the default template's headers, so an
 * operator finds each beside the column they typed it in, then the SKUs.
 */
final class ProductView {
    private ProductView() {}

    static String of(StoredProduct stored, boolean withSources) {
        Product p = stored.product();
        StringBuilder out = new StringBuilder();
        out.append("Product ").append(p.spuCode()).append(" of merchant ").append(p.merchant())
                .append(" — revision ").append(stored.revision()).append(", batch ").append(stored.batchId())
                .append(", updated ").append(BatchFigures.time(stored.updatedAt())).append('\n');
        out.append(fields(productFields(p), "", stored, withSources));
        if (!p.description().isEmpty()) {
            out.append("  商品描述").append(withSources ? "  (" + source(stored, "description") + ")" : "").append('\n');
            p.description().lines().forEach(line -> out.append("    ").append(line).append('\n'));
        }
        out.append("SKUs (").append(p.skus().size()).append(")\n");
        if (withSources) {
            for (int i = 0; i < p.skus().size(); i++) {
                Sku sku = p.skus().get(i);
                out.append(i == 0 ? "" : "\n").append(fields(skuFields(sku), "skus[" + sku.skuCode() + "].", stored, true));
            }
        } else {
            out.append(indent(skuTable(p).toString()));
        }
        return out.toString();
    }

    /** Header → value, in the template's order; attributes under their own names. */
    private static Map<String, Field> productFields(Product p) {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("商品编码", new Field("spuCode", p.spuCode()));
        fields.put("商品标题", new Field("title", p.title()));
        fields.put("副标题", new Field("subtitle", p.subtitle()));
        fields.put("类目", new Field("categoryPath", p.categoryPath()));
        fields.put("品牌", new Field("brand", p.brand()));
        p.attributes().forEach((name, value) -> fields.put(name, new Field("attributes." + name, value)));
        fields.put("主图", new Field("mainImages", String.join("; ", p.mainImages())));
        fields.put("细节图", new Field("detailImages", String.join("; ", p.detailImages())));
        fields.put("视频", new Field("video", p.video()));
        fields.put("标签", new Field("tags", String.join("; ", p.tags())));
        fields.put("运费模板", new Field("shippingTemplate", p.shippingTemplate()));
        fields.put("退换货政策", new Field("returnPolicy", p.returnPolicy()));
        fields.put("发货时间(小时)", new Field("dispatchHours", p.dispatchHours() == null ? "" : p.dispatchHours().toString()));
        return fields;
    }

    private static Map<String, Field> skuFields(Sku sku) {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("SKU编码", new Field("skuCode", sku.skuCode()));
        fields.put("条形码", new Field("barcode", sku.barcode()));
        sku.specs().forEach((name, value) -> fields.put(name, new Field("specs." + name, value)));
        fields.put("进货价", new Field("costPrice", Prices.text(sku.costPrice())));
        fields.put("销售价", new Field("salePrice", Prices.text(sku.salePrice())));
        fields.put("促销价", new Field("promoPrice", Prices.text(sku.promoPrice())));
        fields.put("市场价", new Field("marketPrice", Prices.text(sku.marketPrice())));
        fields.put("库存", new Field("stock", sku.stock() == null ? "" : sku.stock().toString()));
        fields.put("重量(kg)", new Field("weightKg", Prices.text(sku.weightKg())));
        sku.attributes().forEach((name, value) -> fields.put(name, new Field("attributes." + name, value)));
        fields.put("主图", new Field("image", sku.image()));
        return fields;
    }

    /** The SKUs, one a row; their own attributes and pictures in columns after the template's, when any has one. */
    private static Table skuTable(Product p) {
        List<String> attributes = p.skus().stream().flatMap(s -> s.attributes().keySet().stream()).distinct().toList();
        boolean images = p.skus().stream().anyMatch(s -> !s.image().isEmpty());
        List<String> headers = new ArrayList<>(List.of("SKU编码", "条形码", "规格", "进货价", "销售价", "促销价", "市场价", "库存",
                "重量(kg)"));
        headers.addAll(attributes);
        if (images) {
            headers.add("主图");
        }
        Table table = new Table(headers.toArray(String[]::new));
        for (Sku s : p.skus()) {
            String specs = s.specs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
            List<Object> cells = new ArrayList<>(List.of(s.skuCode(), s.barcode(), specs, Prices.text(s.costPrice()),
                    Prices.text(s.salePrice()), Prices.text(s.promoPrice()), Prices.text(s.marketPrice()),
                    s.stock() == null ? "" : s.stock(), Prices.text(s.weightKg())));
            // an SKU without an attribute of its own has the product's
            attributes.forEach(name -> cells.add(s.attributes().getOrDefault(name, p.attributes().getOrDefault(name, ""))));
            if (images) {
                cells.add(s.image());
            }
            table.row(cells.toArray());
        }
        return table;
    }

    private static String fields(Map<String, Field> fields, String prefix, StoredProduct stored, boolean withSources) {
        Table table = withSources ? new Table("Field", "Value", "From") : new Table("Field", "Value");
        fields.forEach((header, field) -> {
            String value = CellText.oneLine(field.value());
            if (withSources) {
                table.row(header, value, source(stored, prefix + field.path()));
            } else {
                table.row(header, value);
            }
        });
        // the header row of a two-column listing says nothing; with sources it names the third column
        String text = table.toString();
        return indent(withSources ? text : text.substring(text.indexOf('\n') + 1));
    }

    private static String source(StoredProduct stored, String path) {
        SourceCell cell = stored.sources().get(path);
        return cell == null ? "" : cell.toString();
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line + "\n").collect(Collectors.joining());
    }

    private record Field(String path, String value) {}
}
