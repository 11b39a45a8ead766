package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shelf.catalog.internal.TestProducts.batch;
import static shelf.catalog.internal.TestProducts.many;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.CatalogException;
import shelf.api.catalog.SourceCell;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;
import shelf.api.rules.FindingFilter;
import shelf.api.rules.FindingWriter;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

/** Findings stored as they come, a part at a time, and read back one at a time, in order. */
class FindingWriterTest {
    @TempDir
    Path home;

    private final H2CatalogStore store = new H2CatalogStore();

    @BeforeEach
    void open() throws CatalogException {
        store.open(CatalogDatabase.open(home.resolve("data/catalog")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static List<Finding> findings(int from, int to, String code) {
        return IntStream.range(from, to).mapToObj(i -> new Finding(code, i % 2 == 0 ? Severity.ERROR : Severity.WARNING,
                "m1", String.format("SPU%06d", i), "", "title", new SourceCell("商品表.xlsx", "商品", i + 2, 2),
                "标题过长", "base@1.0.0")).toList();
    }

    private List<Finding> stored(long batch) throws CatalogException {
        List<Finding> read = new ArrayList<>();
        store.eachFinding(Subject.SYSTEM, batch, new FindingFilter("", null, "", ""), read::add);
        return read;
    }

    @Test
    void partsWrittenOneAfterTheOtherAreTheBatchsFindingsOnceCommitted() throws Exception {
        long batch = store.store(Subject.SYSTEM, batch(many(3, 1))).id();
        store.replace(Subject.SYSTEM, batch, "", findings(0, 2, "old"));
        try (FindingWriter writer = store.replacing(Subject.SYSTEM, batch, "")) {
            writer.write(findings(0, 1500, "title.too-long"));
            writer.write(List.of());
            writer.write(findings(1500, 2600, "title.too-long"));
            assertEquals(findings(0, 2, "old"), stored(batch), "nothing replaced before the commit");
            writer.commit();
        }
        assertEquals(findings(0, 2600, "title.too-long"), stored(batch));
        assertEquals(findings(0, 2600, "title.too-long"), store.findings(Subject.SYSTEM, batch, new FindingFilter("", null, "", "")));
        assertEquals(1300, store.findings(Subject.SYSTEM, batch, new FindingFilter("", Severity.ERROR, "", "")).size());
        assertEquals(java.util.Optional.of(""), store.lastChannel(Subject.SYSTEM, batch));
    }

    @Test
    void aWriterClosedWithoutCommitReplacesNothing() throws Exception {
        long batch = store.store(Subject.SYSTEM, batch(many(3, 1))).id();
        store.replace(Subject.SYSTEM, batch, "", findings(0, 2, "old"));
        try (FindingWriter writer = store.replacing(Subject.SYSTEM, batch, "")) {
            writer.write(findings(0, 1500, "new"));
        }
        assertEquals(findings(0, 2, "old"), stored(batch));
    }

    @Test
    void findingsOfEveryKindComeBackAsTheyWereWritten() throws Exception {
        long batch = store.store(Subject.SYSTEM, batch(many(3, 1))).id();
        List<Finding> written = new ArrayList<>();
        for (int i = 0; i < 2 * FindingPack.SIZE + 3; i++) {
            written.add(new Finding(i % 3 == 0 ? "sku.duplicate-code" : "title.too-long", Severity.values()[i % 3],
                    i % 5 == 0 ? "m2" : "m1", "SPU" + i / 4, i % 2 == 0 ? "" : "SKU-" + i, i % 7 == 0 ? "" : "title",
                    i % 4 == 0 ? null : new SourceCell(i % 6 == 0 ? "旧表.csv" : "商品表.xlsx", i % 6 == 0 ? "" : "商品", i + 2, i % 28),
                    "标题过长：" + "长".repeat(i % 50), i % 9 == 0 ? "" : "base@1.0.0"));
        }
        store.replace(Subject.SYSTEM, batch, "weidian", written);
        List<Finding> read = new ArrayList<>();
        store.eachFinding(Subject.SYSTEM, batch, new FindingFilter("weidian", null, "", ""), read::add);
        assertEquals(written, read);
        assertEquals(written.stream().filter(f -> f.code().equals("sku.duplicate-code") && f.skuCode().equals("SKU-3")).toList(),
                store.findings(Subject.SYSTEM, batch, new FindingFilter("weidian", null, "sku.duplicate-code", "SKU-3")));
        assertEquals(List.of(), stored(batch), "another channel's findings apart");
    }

    /** A catalogue from before finding_pack: the findings of its last validation stay readable until the next. */
    @Test
    void findingsStoredAsRowsBeforeThePacksAreReadUntilTheBatchIsValidatedAgain() throws Exception {
        long batch = store.store(Subject.SYSTEM, batch(many(3, 1))).id();
        try (java.sql.Connection c = store.connect(); java.sql.PreparedStatement insert = c.prepareStatement(
                "INSERT INTO finding (batch_id, channel, seq, code, severity, merchant, spu_code, sku_code, field, "
                + "src_file, src_sheet, src_row, src_col, message, pack) VALUES (?, '', ?, 'title.too-long', ?, 'm1', ?, '', "
                + "'title', '商品表.xlsx', '商品', ?, 2, '标题过长', 'base@1.0.0')")) {
            for (int i = 0; i < 2; i++) {
                insert.setLong(1, batch);
                insert.setInt(2, i);
                insert.setString(3, i % 2 == 0 ? "ERROR" : "WARNING");
                insert.setString(4, String.format("SPU%06d", i));
                insert.setInt(5, i + 2);
                insert.executeUpdate();
            }
        }
        assertEquals(findings(0, 2, "title.too-long"), stored(batch));
        store.replace(Subject.SYSTEM, batch, "", findings(0, 1, "new"));
        assertEquals(findings(0, 1, "new"), stored(batch));
    }
}
