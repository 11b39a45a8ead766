package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.catalog.internal.TestProducts.FILE;
import static shelf.catalog.internal.TestProducts.SHEET;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import shelf.api.catalog.SourceCell;
import shelf.api.catalog.Sku;
import shelf.catalog.spi.SourceCodec;

/** One cell found in a product's stored text is the cell its whole decoded map holds, whatever the text's form. */
class SourceFindTest {
    private static void findsWhatDecodeHolds(String text, List<Sku> skus, List<String> alsoAbsent) {
        Map<String, SourceCell> decoded = SourceCodec.decode(text, skus, FILE, SHEET);
        for (Map.Entry<String, SourceCell> e : decoded.entrySet()) {
            assertEquals(e.getValue(), SourceCodec.find(text, e.getKey(), skus, FILE, SHEET), e.getKey());
        }
        for (String path : alsoAbsent) {
            assertEquals(decoded.get(path), SourceCodec.find(text, path, skus, FILE, SHEET), path);
        }
    }

    @Test
    void everyCellOfEveryFormIsFound() {
        List<Sku> skus = TestProducts.product("A1", 3, "10.00").product().skus();
        Map<String, SourceCell> sources = new LinkedHashMap<>();
        sources.put("spuCode", new SourceCell(FILE, SHEET, 2, 1));
        sources.put("attributes.材质", new SourceCell(FILE, SHEET, 2, 7));
        sources.put("~odd", new SourceCell(FILE, SHEET, 2, 8));
        for (int i = 0; i < skus.size(); i++) {
            sources.put("skus[" + skus.get(i).skuCode() + "].salePrice", new SourceCell(FILE, SHEET, 2 + i, 16));
            sources.put("skus[" + skus.get(i).skuCode() + "].stock", new SourceCell(FILE, SHEET, 2 + i, 19));
        }
        List<String> absent = List.of("title", "skus[A1-1].barcode", "skus[A1-9].salePrice", "skus[A1-1].salePric",
                "odd", "~~odd", "attributes.材");

        findsWhatDecodeHolds(SourceCodec.encode(sources, skus, FILE, SHEET), skus, absent);
        // cells of another file or sheet: grouped with their file and sheet
        sources.put("description", new SourceCell("详情.xlsx", "详情", 5, 3));
        findsWhatDecodeHolds(SourceCodec.encode(sources, skus, FILE, SHEET), skus, absent);
        // a name the compact text cannot hold: JSON
        sources.put("specs.颜\u001f色", new SourceCell(FILE, SHEET, 2, 9));
        findsWhatDecodeHolds(SourceCodec.encode(sources, skus, FILE, SHEET), skus, absent);
        assertEquals(null, SourceCodec.find("", "title", skus, FILE, SHEET));
    }

    /** Random products: codes holding ']' or '~', codes used twice, paths that are prefixes of others, cells in other files. */
    @Test
    void randomProductsFindWhatDecodeHolds() {
        Random random = new Random(20261204);
        String[] pieces = {"A", "1", "]", "~", "-", "x", "]."};
        String[] fields = {"salePrice", "stock", "stock2", "barcode", "salePric", "1", "~"};
        Sku template = TestProducts.product("A1", 2, "10.00").product().skus().get(0);
        for (int round = 0; round < 2_000; round++) {
            List<Sku> skus = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                StringBuilder code = new StringBuilder();
                int length = 1 + random.nextInt(4);
                for (int k = 0; k < length; k++) {
                    code.append(pieces[random.nextInt(pieces.length)]);
                }
                skus.add(new Sku(random.nextInt(6) == 0 && i > 0 ? skus.get(0).skuCode() : code.toString(),
                        template.barcode(), template.specs(), template.costPrice(), template.salePrice(),
                        template.promoPrice(), template.marketPrice(), template.stock(), template.weightKg(),
                        template.attributes(), template.image()));
            }
            Map<String, SourceCell> sources = new LinkedHashMap<>();
            List<String> absent = new ArrayList<>();
            int cells = 1 + random.nextInt(12);
            for (int c = 0; c < cells; c++) {
                String path = switch (random.nextInt(4)) {
                    case 0 -> fields[random.nextInt(fields.length)];
                    case 1 -> "~" + fields[random.nextInt(fields.length)];
                    default -> "skus[" + skus.get(random.nextInt(skus.size())).skuCode() + "]." + fields[random.nextInt(fields.length)];
                };
                String otherFile = random.nextInt(8) == 0 ? "详情.xlsx" : FILE;
                if (random.nextInt(5) == 0) {
                    absent.add(path);
                } else {
                    sources.put(path, new SourceCell(otherFile, SHEET, 2 + random.nextInt(4), random.nextInt(30)));
                }
            }
            absent.add("skus[" + skus.get(0).skuCode() + "]");
            String text = SourceCodec.encode(sources, skus, FILE, SHEET);
            assertEquals(sources, SourceCodec.decode(text, skus, FILE, SHEET), text);
            findsWhatDecodeHolds(text, skus, absent);
        }
    }
}
