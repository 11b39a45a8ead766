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

    final H2CatalogStore store = new H2CatalogStore();
    shelf.api.store.Database database;

    @BeforeEach
    void open() throws Exception {
        database = CatalogDatabase.open(home.resolve("data/catalog"));
        store.open(database);
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

    private int packs(long batch) throws Exception {
        try (java.sql.Connection c = store.connect(); java.sql.PreparedStatement count = c.prepareStatement(
                "SELECT COUNT(*) FROM finding_pack WHERE batch_id = ?")) {
            count.setLong(1, batch);
            try (java.sql.ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void theFindingsAValidationReplacesAreDeletedOnceItHasCommitted() throws Exception {
        long batch = store.store(Subject.SYSTEM, batch(many(3, 1))).id();
        store.replace(Subject.SYSTEM, batch, "", findings(0, 2600, "old"));
        assertEquals(3, packs(batch));
        try (FindingWriter writer = store.replacing(Subject.SYSTEM, batch, "")) {
            writer.write(findings(0, 2100, "new"));
            assertEquals(findings(0, 2600, "old"), stored(batch), "the new packs are not read before the commit");
            writer.commit();
        }
        assertEquals(findings(0, 2100, "new"), stored(batch));
        assertEquals(3, packs(batch), "the old packs deleted, the new ones kept");
        store.replace(Subject.SYSTEM, batch, "", List.of());
        assertEquals(List.of(), stored(batch));
        assertEquals(0, packs(batch));
    }

    /** A runtime killed after a validation committed, before it deleted what it replaced. */
    @Test
    void packsLeftBehindAreNeverReadAndTheNextValidationDeletesThem() throws Exception {
        long batch = store.store(Subject.SYSTEM, batch(many(3, 1))).id();
        store.replace(Subject.SYSTEM, batch, "", findings(0, 10, "old"));
        store.replace(Subject.SYSTEM, batch, "", findings(0, 20, "current"));
        byte[] left;
        try (java.sql.Connection c = store.connect(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT findings FROM finding_pack WHERE batch_id = " + batch)) {
            rs.next();
            left = rs.getBytes(1);
        }
        try (java.sql.Connection c = store.connect(); java.sql.PreparedStatement insert = c.prepareStatement(
                "INSERT INTO finding_pack (batch_id, channel, seq, findings) VALUES (?, '', 0, ?)")) {
            insert.setLong(1, batch);
            insert.setBytes(2, left);
            insert.executeUpdate();
        }
        assertEquals(2, packs(batch));
        assertEquals(findings(0, 20, "current"), stored(batch));
        store.replace(Subject.SYSTEM, batch, "", findings(0, 5, "next"));
        assertEquals(findings(0, 5, "next"), stored(batch));
        assertEquals(1, packs(batch));
    }

    @Test
    void aSecondValidationOfTheBatchAtTheSameTimeStoresNothingAndSaysWhy() throws Exception {
        long batch = store.store(Subject.SYSTEM, batch(many(3, 1))).id();
        store.replace(Subject.SYSTEM, batch, "weidian", findings(0, 2, "old"));
        try (FindingWriter first = store.replacing(Subject.SYSTEM, batch, "weidian")) {
            first.write(findings(0, 1500, "first"));
            CatalogException refused = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class,
                    () -> store.replacing(Subject.SYSTEM, batch, "weidian"));
            assertEquals("Batch " + batch + " is being validated for weidian by another command at the same time; "
                    + "nothing of this validation was stored — validate again once that one has finished",
                    refused.getMessage());
            try (FindingWriter otherChannel = store.replacing(Subject.SYSTEM, batch, "")) {
                otherChannel.write(findings(0, 3, "unbranded"));
                otherChannel.commit();
            }
            first.commit();
        }
        try (FindingWriter after = store.replacing(Subject.SYSTEM, batch, "weidian")) {
            after.write(findings(0, 1, "after"));
        }
        assertEquals(findings(0, 3, "unbranded"), stored(batch));
        List<Finding> read = new ArrayList<>();
        store.eachFinding(Subject.SYSTEM, batch, new FindingFilter("weidian", null, "", ""), read::add);
        assertEquals(findings(0, 1500, "first"), read);
    }

    /** Another node on the same database: it does not share this runtime's list of validations under way. */
    @Test
    void anotherNodesValidationOfTheBatchAtTheSameTimeStoresNothingAndSaysWhy() throws Exception {
        long batch = store.store(Subject.SYSTEM, batch(many(3, 1))).id();
        H2CatalogStore otherNode = new H2CatalogStore();
        otherNode.open(database);
        try (FindingWriter first = store.replacing(Subject.SYSTEM, batch, "");
                FindingWriter second = otherNode.replacing(Subject.SYSTEM, batch, "")) {
            first.write(findings(0, 1500, "first"));
            java.util.concurrent.CompletableFuture<Void> writing = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    second.write(findings(0, 1500, "second")); // waits for the first's pack, then finds its key taken
                } catch (CatalogException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            Thread.sleep(200);
            first.commit();
            Throwable refused = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.CompletionException.class, writing::join).getCause();
            assertEquals("Batch " + batch + " is being validated by another command at the same time; nothing of "
                    + "this validation was stored — validate again once that one has finished", refused.getMessage());
        }
        assertEquals(findings(0, 1500, "first"), stored(batch));
    }
}
