package shelf.catalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.catalog.ProductQuery;
import shelf.api.catalog.StoredBatch;
import shelf.api.security.Subject;
import shelf.core.internal.database.CatalogDatabase;

/** kill -9 half-way through storing a large batch leaves the catalogue as it was before the batch. */
class KillDuringStoreTest {
    @TempDir
    Path home;

    @Test
    void aProcessKilledMidBatchLeavesNoTraceOfTheBatch() throws Exception {
        Path file = home.resolve("data/catalog");
        H2CatalogStore before = new H2CatalogStore();
        try (CatalogDatabase database = CatalogDatabase.open(file)) {
            before.open(database);
            before.store(Subject.SYSTEM, TestProducts.batch(TestProducts.many(3, 2)));
            before.close();
        }
        long sizeBefore = Files.size(Path.of(file + ".mv.db"));

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), StoreUntilKilled.class.getName(),
                file.toString(), "60000").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("halfway")) {
                System.out.println("child: " + line);
            }
            assertEquals("halfway", line, "the child process ended before it was half-way");
        }
        long sizeMidBatch = Files.size(Path.of(file + ".mv.db"));
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no H2 close
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(sizeMidBatch > sizeBefore, "uncommitted data had reached the file before the kill: "
                + sizeBefore + " → " + sizeMidBatch + " bytes");

        H2CatalogStore after = new H2CatalogStore();
        after.open(CatalogDatabase.open(file));
        try {
            List<StoredBatch> batches = after.batches(Subject.SYSTEM);
            assertEquals(1, batches.size());
            assertEquals(3, batches.get(0).products());
            assertEquals(3, after.products(Subject.SYSTEM, ProductQuery.all()).size());
            after.store(Subject.SYSTEM, TestProducts.batch(TestProducts.many(5, 2))); // and it is usable: ids continue
            assertEquals(5, after.products(Subject.SYSTEM, ProductQuery.all()).size());
            assertEquals(List.of(3, 2), after.batches(Subject.SYSTEM).stream().map(StoredBatch::created).toList());
        } finally {
            after.close();
        }
    }
}
