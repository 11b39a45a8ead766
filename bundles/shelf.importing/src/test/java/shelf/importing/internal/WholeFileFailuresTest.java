package shelf.importing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static shelf.importing.internal.Rows.header;
import static shelf.importing.internal.Rows.sku;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.importer.ImportException;
import shelf.api.importer.ImportProgress;
import shelf.api.importer.ImportRequest;
import shelf.api.importer.Importer;
import shelf.api.importer.ReadOptions;
import shelf.api.importer.RowSink;
import shelf.api.security.Subject;

/** A file that cannot be imported at all gets one sentence naming it, and nothing of it is stored. */
class WholeFileFailuresTest {
    @TempDir
    Path home;
    ImportFixture fixture;

    @BeforeEach
    void wire() throws Exception {
        fixture = new ImportFixture(home);
    }

    @AfterEach
    void close() throws Exception {
        assertEquals(List.of(), fixture.store.batches(Subject.SYSTEM), "nothing of a failed file is stored");
        fixture.close();
    }

    @Test
    void noHeaderRowInTheFirstTwentyRows() throws Exception {
        String[] rows = new String[25];
        java.util.Arrays.fill(rows, "一些说明文字||");
        rows[22] = header();
        assertEquals("商品表.xlsx: no header row found in the first 20 rows of sheet 商品 — expected columns such as 商品编码, "
                + "商品标题, 销售价", fixture.fails(new RowsImporter().sheet("商品", rows)));
    }

    @Test
    void aPlainHeaderRowIsToldWhichHeadersWereRecognisedAndWhichAreMissing() throws Exception {
        assertEquals("商品表.xlsx: no header row found in the first 20 rows of sheet 商品 — the nearest, row 1 of sheet 商品, "
                + "has name (商品标题), cost (进货价) but lacks 商品编码, 销售价; a header row needs a 商品编码 column and at "
                + "least 3 headers Shelf knows: rename the columns as the template's, or use an import profile that maps "
                + "them and names the header row (see profiles.md)",
                fixture.fails(new RowsImporter().sheet("商品", "id|name|cost", "7|T恤|10.00")));
    }

    @Test
    void aHeaderWithoutTheProductCodeColumnSaysSo() throws Exception {
        assertEquals("商品表.xlsx: row 1 of sheet 商品 has column headers but none for the product code — add a 商品编码 "
                + "column (SPU, 商家编码 and outer_id are taken too); rows with the same code form one product",
                fixture.fails(new RowsImporter().sheet("商品", "商品标题|销售价|库存", "T恤|10.00|5")));
    }

    @Test
    void twoColumnsReadAsOneFieldAreNamedAndNothingIsImported() throws Exception {
        assertEquals("商品表.xlsx: row 1 of sheet 商品: columns A ('商品编码') and D ('SPU') are both read as 商品编码 — keep one"
                + " of them, or give the other a header of its own — nothing was imported",
                fixture.fails(new RowsImporter().sheet("商品", "商品编码|商品标题|销售价|SPU", "A-1|T恤|10.00|A-2")));
    }

    @Test
    void aSheetThatIsNotThere() throws Exception {
        fixture.with(new RowsImporter().sheet("商品", header()), "xlsx", 0);
        ImportException e = assertThrows(ImportException.class, () -> fixture.service.importFile(Subject.SYSTEM, 
                fixture.file("商品表.xlsx"), new ImportRequest("", "", "商品2"), ImportProgress.NONE));
        assertEquals("商品表.xlsx: there is no sheet named 商品2 — check the name on the sheet's tab, or leave out --sheet "
                + "to take the first sheet with a header row", e.getMessage());
    }

    @Test
    void noImporterTakesTheFile() throws Exception {
        fixture.with(new RowsImporter(), "xlsx", 0).with(new Importer() {
            @Override
            public boolean accepts(Path file) {
                throw new IllegalStateException("a plugin's bug");
            }

            @Override
            public void read(Path file, ReadOptions options, RowSink sink) {}
        }, "csv", 0);

        ImportException e = assertThrows(ImportException.class, () -> fixture.service.importFile(Subject.SYSTEM, 
                fixture.file("商品表.numbers"), new ImportRequest("", "", ""), ImportProgress.NONE));
        assertEquals("商品表.numbers: no importer takes this kind of file (installed: xlsx, csv)", e.getMessage());
    }

    @Test
    void theImporterFailingHalfWayLeavesNothing() throws Exception {
        String[] rows = new String[3000];
        rows[0] = header();
        for (int i = 1; i < rows.length; i++) {
            rows[i] = sku("P" + i, "P" + i + "-1", "黑色", "10.00");
        }
        assertEquals("商品表.xlsx row 2500: the file is truncated — save it again from Excel",
                fixture.fails(new RowsImporter().sheet("商品", rows).failAt(2500)));
    }

    @Test
    void anImporterThatThrowsSomethingElseIsReportedNotPropagated() throws Exception {
        RowsImporter broken = new RowsImporter() {
            @Override
            public void read(Path file, ReadOptions options, RowSink sink) {
                sink.startSheet("商品");
                sink.row(1, List.of(header().split("\\|", -1)));
                sink.row(2, List.of(sku("A1", "A1-1", "黑色", "10.00").split("\\|", -1)));
                sink.row(3, List.of(sku("B1", "B1-1", "黑色", "10.00").split("\\|", -1)));
                throw new NullPointerException("oops");
            }
        };
        assertEquals("商品表.xlsx: the importer failed unexpectedly (java.lang.NullPointerException: oops); nothing was "
                + "stored — see log/shelf.log", fixture.fails(broken));
    }

    @Test
    void aMissingFileAndAnUnknownProfile() throws Exception {
        ImportException missing = assertThrows(ImportException.class, () -> fixture.service.importFile(Subject.SYSTEM, 
                home.resolve("work/没有.xlsx"), new ImportRequest("", "", ""), ImportProgress.NONE));
        assertEquals("没有.xlsx: there is no such file — check the name and folder (" + home.resolve("work") + ")",
                missing.getMessage());

        ImportException profile = assertThrows(ImportException.class, () -> fixture.service.importFile(Subject.SYSTEM, 
                fixture.file("商品表.xlsx"), new ImportRequest("", "taobao", ""), ImportProgress.NONE));
        assertEquals("商品表.xlsx: there is no import profile named taobao — none are installed; put NAME.json into "
                + home.resolve("etc/profiles"), profile.getMessage());
    }
}
