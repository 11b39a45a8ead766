package com.example.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.importer.ImportException;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;

/** A merchant's Markdown table read as the import pipeline receives rows. */
class MarkdownTableImporterTest {
    @TempDir
    Path folder;

    private final MarkdownTableImporter importer = new MarkdownTableImporter();

    @Test
    void everyTableLineIsARowNumberedByItsLine() throws Exception {
        Path file = Files.writeString(folder.resolve("春季上新.md"), """
                # 春季上新

                | 商品编码 | 商品标题 | SKU编码 | 销售价 | 库存 |
                |---|---|---|---:|---:|
                | SPU-1 | 纯棉T恤 \\| 男款 | SPU-1-M | 29.90 | 10 |
                | SPU-1 | 纯棉T恤 \\| 男款 | SPU-1-L | 29.90 | 5 |
                """);
        assertTrue(importer.accepts(file));

        List<String> rows = read(file, ReadOptions.defaults());

        assertEquals(List.of("3 [商品编码, 商品标题, SKU编码, 销售价, 库存]", "5 [SPU-1, 纯棉T恤 | 男款, SPU-1-M, 29.90, 10]",
                "6 [SPU-1, 纯棉T恤 | 男款, SPU-1-L, 29.90, 5]"), rows);
    }

    @Test
    void onlyMarkdownFilesAreTaken() {
        assertFalse(importer.accepts(folder.resolve("商品.csv")));
        assertTrue(importer.accepts(folder.resolve("商品.MD")));
    }

    @Test
    void aFileInAnotherEncodingIsRefusedNamingItsLine() throws Exception {
        Path file = Files.write(folder.resolve("旧表.md"), "| 商品编码 |\n|---|\n| 纯棉 |\n".getBytes(Charset.forName("GB18030")));

        ImportException e = assertThrows(ImportException.class, () -> read(file, ReadOptions.defaults()));

        assertEquals("旧表.md row 1: is not UTF-8 text — save the file as UTF-8 and import it again", e.getMessage());
    }

    @Test
    void aRowWiderThanTheLimitIsRefusedNamingItsLine() throws Exception {
        Path file = Files.writeString(folder.resolve("宽表.md"), "| a | b |\n| 1 | 2 | 3 | 4 |\n");

        ImportException e = assertThrows(ImportException.class, () -> read(file, new ReadOptions("", 3)));

        assertTrue(e.getMessage().startsWith("宽表.md row 2: the row has 4 cells, more than 3"), e.getMessage());
    }

    private List<String> read(Path file, ReadOptions options) throws ImportException {
        List<String> rows = new ArrayList<>();
        importer.read(file, options, new RowSink() {
            @Override public boolean startSheet(String name) { return true; }
            @Override public boolean row(int row, List<String> cells) { return rows.add(row + " " + cells); }
            @Override public void cellError(int row, int column, String raw, String reason) { }
            @Override public void progress(long done, long total) { }
        });
        return rows;
    }
}
