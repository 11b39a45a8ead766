package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.importer.ImportException;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.api.security.Subject;

/**
 * Reading a file through the import service (as the findings report does) sees the rows the import would see,
 * from the same importer, and stores nothing.
 */
class ReadingWithoutStoringTest {
    @TempDir
    Path home;
    ImportFixture fixture;
    final List<String> seen = new ArrayList<>();

    @BeforeEach
    void wire() throws Exception {
        fixture = new ImportFixture(home);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theHighestRankingImporterThatTakesTheFileReadsItAndNothingIsStored() throws Exception {
        fixture.with(new RowsImporter().sheet("商品", "低|排名"), "xlsx", 0)
                .with(new RowsImporter().sheet("说明", "填写说明").sheet("商品", "商品编码|商品标题", "SPU1|T恤"), "xlsx", 10)
                .with(new RowsImporter() {
                    @Override
                    public boolean accepts(Path file) {
                        return false; // ranks highest, but does not take .xlsx files
                    }
                }.sheet("商品", "不|读"), "numbers", 20);

        fixture.service.read(fixture.file("商品表.xlsx"), new ReadOptions("商品", 1024), recorder());

        assertEquals(List.of("sheet 商品", "1 商品编码|商品标题", "2 SPU1|T恤"), seen);
        assertEquals(List.of(), fixture.store.batches(Subject.SYSTEM));
    }

    @Test
    void theSameImporterServesTheImport() throws Exception {
        fixture.with(new RowsImporter().sheet("商品", Rows.header(), Rows.sku("SPU1", "SPU1-1", "黑色", "10.00")), "xlsx", 0);
        fixture.service.read(fixture.file("商品表.xlsx"), ReadOptions.defaults(), recorder());
        long products = fixture.service.importFile(Subject.SYSTEM, fixture.file("商品表.xlsx"), new ImportRequest("", "", ""),
                ImportProgress.NONE).batch().products();
        assertEquals(List.of("sheet 商品", "1 " + Rows.header(), "2 " + Rows.sku("SPU1", "SPU1-1", "黑色", "10.00")), seen);
        assertEquals(1, products, "the import read the same rows");
    }

    @Test
    void aFileNoImporterTakesOrThatIsNotThere() throws Exception {
        fixture.with(new RowsImporter(), "xlsx", 0);
        assertEquals("商品表.numbers: no importer takes this kind of file (installed: xlsx)", assertThrows(ImportException.class,
                () -> fixture.service.read(fixture.file("商品表.numbers"), ReadOptions.defaults(), recorder())).getMessage());
        assertEquals("没有.xlsx: there is no such file — check the name and folder (" + home.resolve("work") + ")",
                assertThrows(ImportException.class, () -> fixture.service.read(home.resolve("work/没有.xlsx"),
                        ReadOptions.defaults(), recorder())).getMessage());
    }

    @Test
    void anImporterThatThrowsIsReportedNotPropagated() throws Exception {
        fixture.with(new RowsImporter() {
            @Override
            public void read(Path file, ReadOptions options, RowSink sink) {
                throw new NullPointerException("oops");
            }
        }, "xlsx", 0);
        assertEquals("商品表.xlsx: the importer failed unexpectedly (java.lang.NullPointerException: oops) — see log/shelf.log",
                assertThrows(ImportException.class, () -> fixture.service.read(fixture.file("商品表.xlsx"),
                        ReadOptions.defaults(), recorder())).getMessage());
    }

    private RowSink recorder() {
        return new RowSink() {
            @Override
            public boolean startSheet(String name) {
                seen.add("sheet " + name);
                return true;
            }

            @Override
            public boolean row(int row, List<String> cells) {
                seen.add(row + " " + String.join("|", cells));
                return true;
            }

            @Override
            public void cellError(int row, int column, String raw, String reason) {
                seen.add("error " + row + "," + column + ": " + reason);
            }

            @Override
            public void progress(long done, long total) {
            }
        };
    }
}
