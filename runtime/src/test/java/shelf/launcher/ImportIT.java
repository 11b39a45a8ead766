package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Importing merchants' files into the real distribution, and reading back what was stored, as an operator would. */
class ImportIT extends RunningShelf {
    /** Title row, header, two SKUs of SPU-1, one of SPU-2, and SPU-3 whose price is no number. */
    private MerchantWorkbook springListing(double spu2Price) {
        return new MerchantWorkbook("2026 春季上新 — acme 旗舰店")
                .row("商品编码", "SPU-1", "商品标题", "纯棉圆领T恤 女", "类目", "服饰鞋包>女装>T恤", "材质", "棉",
                        "规格1名称", "颜色", "规格1值", "红色", "规格2名称", "尺码", "规格2值", "M", "SKU编码", "SPU-1-RED-M",
                        "条形码", 6901234567892d, "进货价", 8d, "销售价", 12.5, "库存", 30d)
                .row("商品编码", "SPU-1", "规格1名称", "颜色", "规格1值", "红色", "规格2名称", "尺码", "规格2值", "L",
                        "SKU编码", "SPU-1-RED-L", "条形码", 6901234567908d, "进货价", 8d, "销售价", 12.5, "库存", 12d)
                .row("商品编码", "SPU-2", "商品标题", "亚麻阔腿裤", "类目", "服饰鞋包>女装>裤子", "SKU编码", "SPU-2-A",
                        "条形码", 6901234567915d, "销售价", spu2Price, "库存", 5d)
                .row("商品编码", "SPU-3", "商品标题", "真丝衬衫", "SKU编码", "SPU-3-A", "销售价", "十二元", "库存", 3d);
    }

    @Test
    void aWorkbookIsImportedAndShownAsExcelShowsIt() throws Exception {
        springListing(39.9).write(desk.resolve("春季上新.xlsx"));

        String summary = shelf.ok("import 春季上新.xlsx --merchant acme");

        assertTrue(summary.startsWith("Imported 春季上新.xlsx as batch 1 (merchant acme, sheet 商品)\n"), summary);
        assertFigure(summary, "rows read", "4");
        assertFigure(summary, "products", "2  (2 new, 0 updated, 0 unchanged)");
        assertFigure(summary, "SKUs", "3");
        assertFigure(summary, "row errors", "1  — see batch:errors 1");
        assertTrue(Pattern.compile("(?m)^  time +\\d+\\.\\d\\d s").matcher(summary).find(), summary);

        String batches = shelf.ok("batch:list");
        assertEquals(List.of("1", "acme", "春季上新.xlsx", "4", "2", "3", "1", "imported"),
                columns(ShelfCommand.lineWith(batches, "春季上新.xlsx")), batches);

        String errors = shelf.ok("batch:errors 1");
        List<String> error = columns(ShelfCommand.lineWith(errors, "十二元"));
        assertEquals(List.of("6", "P", "销售价", "十二元"), error.subList(0, 4), errors);
        assertTrue(error.get(4).contains("is not a price"), errors);

        String product = shelf.ok("product:show SPU-1");
        String redM = ShelfCommand.lineWith(product, "SPU-1-RED-M");
        assertEquals(List.of("SPU-1-RED-M", "6901234567892", "颜色=红色, 尺码=M", "8.00", "12.50", "30"), columns(redM), product);
        assertNotNull(ShelfCommand.lineWith(product, "6901234567908"), product);
        assertEquals(List.of("商品标题", "纯棉圆领T恤 女"), columns(ShelfCommand.lineWith(product, "商品标题")), product);
        assertEquals(List.of("类目", "服饰鞋包/女装/T恤"), columns(ShelfCommand.lineWith(product, "类目")), product);

        String sources = shelf.ok("product:show --sources SPU-1");
        assertTrue(ShelfCommand.lineWith(sources, "12.50").endsWith("春季上新.xlsx, sheet 商品, row 3, column P"), sources);

        String list = shelf.ok("product:list --batch 1");
        assertEquals(List.of("SPU-1", "acme", "纯棉圆领T恤 女", "服饰鞋包/女装/T恤", "2", "12.50", "1"),
                columns(ShelfCommand.lineWith(list, "SPU-1")), list);

        String again = shelf.ok("import 春季上新.xlsx --merchant acme");
        assertFigure(again, "products", "2  (0 new, 0 updated, 2 unchanged)");

        springListing(42.0).write(desk.resolve("春季上新-改价.xlsx"));
        String changed = shelf.ok("import 春季上新-改价.xlsx --merchant acme");
        assertFigure(changed, "products", "2  (0 new, 1 updated, 1 unchanged)");
        assertTrue(ShelfCommand.lineWith(shelf.ok("product:show SPU-2"), "SPU-2-A").contains("42.00"));
    }

    @Test
    void aFileThatCannotBeImportedIsOneLineAndLeavesTheCatalogueAsItWas() throws Exception {
        springListing(39.9).write(desk.resolve("春季上新.xlsx"));
        shelf.ok("import 春季上新.xlsx --merchant acme");
        String before = shelf.ok("batch:list");
        String pid = Files.readString(home.resolve("data/shelf.pid")).strip();

        byte[] whole = Files.readAllBytes(desk.resolve("春季上新.xlsx"));
        Files.write(desk.resolve("截断.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        encrypted(desk.resolve("春季上新.xlsx"), desk.resolve("加密.xlsx"));
        Files.writeString(desk.resolve("导出.xlsx"), "商品编码,商品标题,销售价\nSPU-9,连衣裙,99.00\n");

        for (String file : List.of("截断.xlsx", "加密.xlsx", "导出.xlsx", "没有这个文件.xlsx")) {
            ShelfCommand.Result failed = shelf.run("-c", "import " + file + " --merchant acme");
            assertEquals(1, failed.status(), failed.toString());
            assertEquals(1, failed.err().strip().lines().count(), "not one line: " + failed.err());
            assertTrue(failed.err().startsWith("error: " + file + ": "), failed.err());
        }
        assertEquals(before, shelf.ok("batch:list"));
        assertEquals("Shelf is running (pid " + pid + ", home " + home + ")", shelf.run("status").out().strip());
    }

    @Test
    void aGb18030CsvKeepsItsChinese() throws Exception {
        Files.writeString(desk.resolve("国标.csv"), "商品编码,商品标题,条形码,销售价\r\nCSV-1,国标编码的真丝连衣裙,6901234567892,88.00\r\n",
                Charset.forName("GB18030"));

        String summary = shelf.ok("import 国标.csv --merchant acme");

        assertFigure(summary, "products", "1  (1 new, 0 updated, 0 unchanged)");
        String product = shelf.ok("product:show CSV-1");
        assertEquals(List.of("商品标题", "国标编码的真丝连衣裙"), columns(ShelfCommand.lineWith(product, "商品标题")), product);
        assertTrue(ShelfCommand.lineWith(product, "6901234567892").contains("88.00"), product);

        shelf.ok("import 国标.csv --merchant 李记");
        String both = shelf.ok("product:show CSV-1");
        assertTrue(both.startsWith("Product CSV-1 of merchant acme — "), both);
        assertNotNull(ShelfCommand.lineWith(both, "Product CSV-1 of merchant 李记 — "), "each merchant's product:\n" + both);
    }

    @Test
    void aProfileShippedInABundleReadsATaobaoAssistantExport() throws Exception {
        Files.writeString(desk.resolve("淘宝助理.csv"), "version 1.00\r\n"
                + "title,cid,price,num,description,outer_id,barcode,picture\r\n"
                + "宝贝名称,宝贝类目,宝贝价格,宝贝数量,宝贝描述,商家编码,商品条形码,新图片\r\n"
                + "\"真丝连衣裙, 夏季\",50010850,199.00,30,<p>桑蚕丝</p>,TB-1,6901234567892,a1b2c3:1:0:|;\r\n",
                Charset.forName("GB18030"));
        String unknown = shelf.run("-c", "import 淘宝助理.csv --profile taobao").err();
        assertTrue(unknown.contains("there is no import profile named taobao — known: taobao-assistant"), unknown);

        String summary = shelf.ok("import 淘宝助理.csv --profile taobao-assistant --merchant acme");

        assertFigure(summary, "products", "1  (1 new, 0 updated, 0 unchanged)");
        String product = shelf.ok("product:show TB-1");
        assertEquals(List.of("商品标题", "真丝连衣裙, 夏季"), columns(ShelfCommand.lineWith(product, "商品标题")), product);
        assertTrue(ShelfCommand.lineWith(product, "6901234567892").contains("199.00"), product);
    }

    @Test
    void theBlankTemplateIsRefusedAsHavingNoProducts() throws Exception {
        String wrote = shelf.ok("template --out t.xlsx");
        assertTrue(wrote.startsWith("Wrote " + desk.resolve("t.xlsx")), wrote);

        ShelfCommand.Result blank = shelf.run("-c", "import t.xlsx");

        assertEquals("error: t.xlsx: has the header row in sheet 商品 but no product rows below "
                + "it — nothing was imported; fill in one row per SKU", blank.err().strip());
        assertEquals("No batches yet — import a spreadsheet: import FILE --merchant NAME", shelf.ok("batch:list").strip());
        ShelfCommand.Result again = shelf.run("-c", "template --out t.xlsx");
        assertEquals("error: " + desk.resolve("t.xlsx") + " already exists — choose another name or delete it first",
                again.err().strip());
    }

    @Test
    void unknownBatchesAndProductsAreSentences() throws Exception {
        assertEquals("error: no batch 7 — see batch:list", shelf.run("-c", "batch:show 7").err().strip());
        assertEquals("error: no batch 7 — see batch:list", shelf.run("-c", "batch:errors 7").err().strip());
        assertEquals("error: no product with 商品编码 NOPE — see product:list", shelf.run("-c", "product:show NOPE").err().strip());
    }

    @Test
    void killedDuringAnImportTheCatalogueKeepsNoTraceOfIt() throws Exception {
        springListing(39.9).write(desk.resolve("春季上新.xlsx"));
        shelf.ok("import 春季上新.xlsx --merchant acme");
        String before = shelf.ok("batch:list");
        MerchantWorkbook.large(desk.resolve("大批量.xlsx"), 200_000);
        long pid = Long.parseLong(Files.readString(home.resolve("data/shelf.pid")).strip());
        long sizeBefore = database.size();

        ProcessBuilder client = new ProcessBuilder(ShelfCommand.DIST.resolve("bin/shelf").toString(), "--home",
                home.toString(), "-c", "import 大批量.xlsx --merchant bulk")
                .directory(desk.toFile()).redirectErrorStream(true).redirectOutput(desk.resolve("import.out").toFile());
        client.environment().put("SHELF_USER", ShelfCommand.ADMIN);
        client.environment().put("SHELF_PASSWORD", ShelfCommand.ADMIN_PASSWORD);
        Process importing = client.start();
        // the store writes the open batch's pages as it grows: a few MB more means it is half-way through
        long deadline = System.currentTimeMillis() + 60_000;
        while (database.size() < sizeBefore + 4_000_000 && importing.isAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(importing.isAlive(), "the import ended before it could be killed: " + Files.readString(desk.resolve("import.out")));
        ProcessHandle.of(pid).orElseThrow().destroyForcibly(); // SIGKILL
        assertTrue(importing.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the client did not notice");
        assertNotEquals(0, importing.exitValue());

        ShelfCommand.Result restarted = shelf.run("start");
        assertEquals(0, restarted.status(), restarted.toString());
        assertEquals(before, shelf.ok("batch:list"));
        assertEquals("No products match\n", shelf.ok("product:list --merchant bulk"));
        assertTrue(ShelfCommand.lineWith(shelf.ok("product:show SPU-1"), "SPU-1-RED-M").contains("12.50"));
    }

    private static void encrypted(Path plain, Path out) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("acme-2026");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                fs.writeFilesystem(file);
            }
        }
    }

    static void assertFigure(String summary, String label, String value) {
        assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(label) + " +" + Pattern.quote(value) + "$").matcher(summary).find(),
                "expected '" + label + "  " + value + "' in:\n" + summary);
    }

    /** A table line's cells: columns are two or more spaces apart. */
    static List<String> columns(String line) {
        assertNotNull(line, "no such line");
        return List.of(line.strip().split("\\s{2,}"));
    }
}
