package shelf.security.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.audit.AuditEntry;
import shelf.core.internal.database.CatalogDatabase;

/**
 * What keying the chain and moving the head in the catalogue cost per append, printed rather than asserted
 * (the machine decides the numbers): the unkeyed way as before (a line written and forced), the keyed line
 * alone, and the keyed line with its head.
 */
class AppendThroughputTest {
    private static final int APPENDS = 400;
    private static final int WORKERS = 4;

    @TempDir
    Path home;

    @Test
    void printsAppendsPerSecondBeforeAndAfter() throws Exception {
        AuditEntry entry = AuditEntry.of("lily", "publish", List.of("job:1", "sku:m1/A-1-红色-S"), "", "queued",
                "weidian");
        double before = perSecond(() -> {
            Path file = home.resolve("before/audit.log");
            file.getParent().toFile().mkdirs();
            String prev = AuditLine.FIRST_PREV;
            for (int i = 0; i < APPENDS; i++) {
                String line = "{\"user\":\"lily\",\"prev\":\"" + prev + "\"";
                prev = AuditLine.sha256(line);
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    out.write(ByteBuffer.wrap((line + ",\"hash\":\"" + prev + "\"}\n").getBytes(StandardCharsets.UTF_8)));
                    out.force(false);
                }
            }
        });
        double keyedOnly = perSecond(() -> {
            FileAuditLog log = new FileAuditLog();
            log.open(home.resolve("keyed/data/audit.log"));
            for (int i = 0; i < APPENDS; i++) {
                log.append(entry);
            }
        });
        CatalogDatabase catalogue;
        catalogue = CatalogDatabase.open(home.resolve("after/data/catalog"));
        try {
            FileAuditLog log = new FileAuditLog();
            log.open(home.resolve("after/data/audit.log"), home.resolve("after/etc/audit.key"), catalogue);
            log.append(entry); // the first append reads the head and makes the key
            double after = perSecond(() -> {
                for (int i = 0; i < APPENDS; i++) {
                    log.append(entry);
                }
            });
            assertTrue(log.verify().intact(), log.verify().message());
            double concurrently = perSecond(() -> {
                List<Thread> workers = new java.util.ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    Thread worker = new Thread(() -> {
                        for (int i = 0; i < APPENDS / WORKERS; i++) {
                            log.append(entry);
                        }
                    });
                    worker.start();
                    workers.add(worker);
                }
                for (Thread worker : workers) {
                    worker.join();
                }
            });
            assertEquals(new shelf.api.audit.AuditCheck(1 + 2 * APPENDS, 0, "audit.log is intact: " + (1 + 2 * APPENDS)
                    + " lines, each keyed (HMAC-SHA256) and chained to the one before; the last is the catalogue's head"),
                    log.verify(), "lines appended by several threads at once are chained in the order they got their numbers");
            double headOnly = perSecond(() -> {
                for (int i = 0; i < APPENDS; i++) {
                    new AuditHead(i, AuditLine.FIRST_PREV, "k").write(catalogue);
                }
            });
            System.out.printf(Locale.ROOT, "audit appends per second (%d each): unkeyed line as before %.0f, keyed line "
                    + "%.0f, keyed line + head in the catalogue %.0f (the head alone %.0f); %d threads at once %.0f%n",
                    APPENDS, before, keyedOnly, after, headOnly, WORKERS, concurrently);
        } finally {
            catalogue.close();
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double perSecond(Work work) throws Exception {
        long began = System.nanoTime();
        work.run();
        return APPENDS / ((System.nanoTime() - began) / 1e9);
    }
}
