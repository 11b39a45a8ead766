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
}
