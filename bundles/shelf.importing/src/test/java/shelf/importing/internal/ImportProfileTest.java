package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.Product;
import shelf.api.importer.ImportException;
import shelf.api.importer.ImportRequest;

/** A profile in etc/profiles maps another layout: its own headers, a fixed header row, a sheet, a merchant. */
class ImportProfileTest {
    @TempDir
    Path home;
    ImportFixture fixture;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ImportFixture(home);
        Files.createDirectories(home.resolve("etc/profiles"));
        Files.writeString(home.resolve("etc/profiles/douyin.json"), """
                {
                  "description": "抖店商品导出",
                  "sheet": "商品列表",
                  "headerRow": 2,
                  "merchant": "抖店旗舰店",
                  "columns": {
                    "商品ID": "spuCode",
                    "商品名称": "商品标题",
                    "颜色分类": "spec:颜色",
                    "尺码": "spec:尺码",
                    "规格ID": "skuCode",
                    "售卖价(元)": "salePrice",
                    "面料成分": "attribute:材质",
                    "内部备注": "ignore"
                  }
                }
                """);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aProfileMapsItsOwnHeadersAndKeepsTheTemplatesToo() throws Exception {
        RowsImporter rows = new RowsImporter().sheet("说明", "x").sheet("商品列表", "导出时间 2025-03-01",
                "商品ID|商品名称|颜色分类|尺码|规格ID|售卖价(元)|面料成分|内部备注|库存",
                "3579|冰丝阔腿裤|黑色|M|3579-1|¥89.00|冰丝|勿改价|12");

        fixture.importRows(rows, new ImportRequest("", "douyin", ""));

        Product p = fixture.product("3579").product();
        assertEquals("抖店旗舰店", p.merchant());
        assertEquals("冰丝阔腿裤", p.title());
        assertEquals(Map.of("材质", "冰丝"), p.attributes(), "an ignored column is not an attribute");
        assertEquals(Map.of("颜色", "黑色", "尺码", "M"), p.skus().get(0).specs());
        assertEquals(new BigDecimal("89.00"), p.skus().get(0).salePrice());
        assertEquals(12, p.skus().get(0).stock(), "the template's 库存 is still known");
        assertEquals(List.of("douyin"), fixture.service.profiles());
    }

    @Test
    void aProfileThatNamesItsHeaderRowNeedsOnlyTheColumnsItMaps() throws Exception {
        Files.writeString(home.resolve("etc/profiles/plain.json"),
                "{\"headerRow\": 1, \"columns\": {\"id\": \"spuCode\", \"label\": \"title\"}}");

        fixture.importRows(new RowsImporter().sheet("Sheet1", "id|label|colour", "7|T恤|red"),
                new ImportRequest("", "plain", ""));

        Product p = fixture.product("7").product();
        assertEquals("T恤", p.title());
        assertEquals(Map.of("colour", "red"), p.attributes());
    }

    @Test
    void aProfilesHeaderRowWithoutTheProductCodeSaysWhatItHas() throws Exception {
        Files.writeString(home.resolve("etc/profiles/plain.json"),
                "{\"headerRow\": 1, \"columns\": {\"label\": \"title\"}}");
        ImportException e = assertThrows(ImportException.class, () -> fixture.importRows(
                new RowsImporter().sheet("Sheet1", "id|label|colour", "7|T恤|red"), new ImportRequest("", "plain", "")));
        assertEquals("商品表.xlsx: row 1 of sheet Sheet1 is not a header row, as import profile plain expects — it has "
                + "label (商品标题) but no column read as 商品编码; map the product code's column to spuCode in the "
                + "profile, or check the profile's headerRow", e.getMessage());
    }

    @Test
    void aBrokenProfileIsNamedWithTheFix() throws Exception {
        Files.writeString(home.resolve("etc/profiles/bad.json"), "{\"columns\": {\"价格\": \"price2\"}}");
        ImportException e = assertThrows(ImportException.class,
                () -> fixture.importRows(new RowsImporter(), new ImportRequest("", "bad", "")));
        assertEquals("商品表.xlsx: the import profile " + home.resolve("etc/profiles/bad.json") + " cannot be used: column "
                + "\"价格\" maps to \"price2\", which is not a field (spuCode, title, salePrice, …, attribute:NAME, "
                + "spec:NAME, ignore) nor a template header — see profiles.md for the format", e.getMessage());
    }
}
