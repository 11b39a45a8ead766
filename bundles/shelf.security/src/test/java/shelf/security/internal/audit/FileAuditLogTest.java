package shelf.security.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.audit.AuditCheck;
import shelf.api.audit.AuditEntry;
import shelf.core.internal.database.CatalogDatabase;

/** The keyed chain on real files, with its head in a real H2 catalogue: each way of tampering and its sentence. */
class FileAuditLogTest {
    @TempDir
    Path home;

    private Path file;
    private Path key;
    private CatalogDatabase catalogue;
    private FileAuditLog log;

    @BeforeEach
    void fiveChanges() throws Exception {
        file = home.resolve("data/audit.log");
        key = home.resolve("etc/audit.key");
        catalogue = CatalogDatabase.open(home.resolve("data/catalog"));
        log = started();
        for (int i = 1; i <= 5; i++) {
            log.append(change(i));
        }
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    /** A runtime started (again) on the same home. */
    private FileAuditLog started() {
        FileAuditLog started = new FileAuditLog();
        started.open(file, key, catalogue);
        return started;
    }

    private static AuditEntry change(int i) {
        return AuditEntry.of(i % 2 == 0 ? "lily" : "admin", "review:approved", List.of("product:m1/A" + i),
                "pre-review", "final-review", "第" + i + "次");
    }

    private List<String> lines() throws Exception {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private void assertTampered(int firstBadLine, String message) throws Exception {
        AuditCheck check = started().verify();
        assertEquals(message, check.message());
        assertFalse(check.intact());
        assertEquals(firstBadLine, check.firstBadLine(), check.message());
    }

    @Test
    void eachLineIsNumberedKeyedAndChainedToTheOneBefore() throws Exception {
        List<String> lines = lines();
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("{\"seq\":1,\"time\":"), lines.get(0));
        assertTrue(lines.get(0).contains("\"prev\":\"" + "0".repeat(64) + "\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"prev\":\"" + AuditLine.parse(lines.get(0)).value() + "\""), lines.get(1));
        assertEquals(new AuditCheck(5, 0, "audit.log is intact: 5 lines, each keyed (HMAC-SHA256) and chained to the "
                + "one before; the last is the catalogue's head"), log.verify());
        assertEquals(log.verify(), started().verify(), "the same after a restart");
    }

    @Test
    void theKeyIs32RandomBytesAndKeyAndLogAreReadableByTheOwnerOnly() throws Exception {
        assertEquals(AuditKey.LENGTH, Files.size(key));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aKeyOthersCanReadIsRefusedWithTheChmodToRun() throws Exception {
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        FileAuditLog restarted = started();
        restarted.append(change(6));
        assertEquals(5, lines().size(), "nothing is written with a key others can read");
        assertTampered(1, key + " is open to other users (rw-r--r--), so it is not used: run chmod 600 " + key);

        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        restarted.append(change(6));
        assertTrue(restarted.verify().intact(), "after the chmod the trail goes on without a restart");
        assertEquals(6, lines().size());
    }

    @Test
    void aLineEditedByHandIsNamed() throws Exception {
        List<String> lines = lines();
        lines.set(2, lines.get(2).replace("\"user\":\"admin\"", "\"user\":\"lily\""));
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertTampered(3, "audit.log line 3 changed after it was written (its MAC does not match)");
    }

    @Test
    void aLineRewrittenWithEveryLaterPlainHashRecomputedIsNamed() throws Exception {
        Files.write(file, TamperedChain.rewritten(lines(), 3, "\"user\":\"admin\"", "\"user\":\"lily\""),
                StandardCharsets.UTF_8);
        assertTampered(3, "audit.log line 3 changed after it was written (its MAC does not match)");
    }

    @Test
    void aLineRemovedFromTheMiddleIsNamed() throws Exception {
        List<String> lines = lines();
        lines.remove(1);
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertTampered(2, "audit.log line 2 is entry 3: entry 2 before it was removed");
    }

    @Test
    void linesCutFromTheEndAreCounted() throws Exception {
        Files.write(file, lines().subList(0, 3), StandardCharsets.UTF_8);
        assertTampered(4, "audit.log ends at line 3 but the catalogue's head is line 5: 2 lines were cut from the end");
    }

    @Test
    void aCutEndStaysVisibleAfterTheTrailGoesOn() throws Exception {
        Files.write(file, lines().subList(0, 3), StandardCharsets.UTF_8);
        FileAuditLog restarted = started();
        restarted.append(change(6));
        assertEquals("audit.log line 4 is entry 6: entries 4-5 before it were removed", restarted.verify().message());
    }

    @Test
    void anEmptiedFileIsNamed() throws Exception {
        Files.write(file, new byte[0]);
        assertTampered(1, "audit.log is empty; the catalogue's head is line 5: the whole trail was emptied");
    }

    @Test
    void aDeletedFileIsNamed() throws Exception {
        Files.delete(file);
        assertTampered(1, "audit.log is missing; the catalogue's head is line 5: the whole trail was deleted");
        FileAuditLog restarted = started();
        restarted.append(change(6));
        assertEquals("audit.log begins at entry 6: entries 1-5 were removed — the file was emptied or deleted, then written to"
                + " again", restarted.verify().message());
    }

    @Test
    void aFileRewrittenAsAPlainChainIsNamed() throws Exception {
        Files.write(file, TamperedChain.asPlainChain(lines()), StandardCharsets.UTF_8);
        assertTampered(1, "audit.log has no keyed lines, but the catalogue's head is line 5: the file was rewritten "
                + "without the key (hashes recomputed) or replaced by an older copy");
    }

    @Test
    void aFileRewrittenWithANewKeyIsNamed() throws Exception {
        Files.delete(key);
        AuditKey other = AuditKey.create(key);
        Files.write(file, TamperedChain.keyedWith(other, lines()), StandardCharsets.UTF_8);
        String id = AuditHead.read(catalogue).orElseThrow().keyId();
        assertTampered(1, "audit.log was written with another key than " + key + " (the catalogue's head names key "
                + id + ", this one is " + other.id() + "): the key was replaced");
    }

    @Test
    void aLostKeyIsNotQuietlyReplaced() throws Exception {
        Files.delete(key);
        FileAuditLog restarted = started();
        restarted.append(change(6));
        assertFalse(Files.exists(key));
        assertEquals(5, lines().size());
        assertTampered(1, key + " is missing, but audit.log was written with it: restore it from your backup "
                + "(without it the trail cannot be checked)");
    }

    @Test
    void aStopBetweenTheLineAndTheHeadIsMendedAtTheNextStart() throws Exception {
        String fourth = lines().get(3);
        AuditLine.Parsed p = AuditLine.parse(fourth);
        new AuditHead(4, p.value(), AuditHead.read(catalogue).orElseThrow().keyId()).write(catalogue);
        AuditCheck check = started().verify();
        assertTrue(check.intact(), check.message());
        assertEquals(5, AuditHead.read(catalogue).orElseThrow().seq());
    }

    @Test
    void aHeadRestoredFromAnOlderCatalogueIsNamed() throws Exception {
        AuditLine.Parsed p = AuditLine.parse(lines().get(1));
        new AuditHead(2, p.value(), AuditHead.read(catalogue).orElseThrow().keyId()).write(catalogue);
        assertTampered(3, "audit.log goes on past the catalogue's head (line 2) to line 5: lines 3-5 were added "
                + "without the catalogue (was the catalogue restored from an older backup?)");
    }

    @Test
    void anUnkeyedTrailFromAnOlderShelfIsCheckedAndTheKeyedPartFollowsIt() throws Exception {
        Path old = home.resolve("old/data/audit.log");
        Files.createDirectories(old.getParent());
        Files.write(old, TamperedChain.asPlainChain(lines().subList(0, 3)), StandardCharsets.UTF_8);
        CatalogDatabase oldCatalogue;
        oldCatalogue = CatalogDatabase.open(home.resolve("old/data/catalog"));
        try {
            FileAuditLog upgraded = new FileAuditLog();
            upgraded.open(old, home.resolve("old/etc/audit.key"), oldCatalogue);
            assertEquals("audit.log is intact as far as can be told: 3 lines from before the audit key (plain "
                    + "SHA-256, which whoever can write the file can recompute); the next change starts the keyed part",
                    upgraded.verify().message());
            upgraded.append(change(4));
            upgraded.append(change(5));
            assertEquals("audit.log is intact: 5 lines; lines 1-3 are from before the audit key (plain SHA-256: they "
                    + "hold together, but whoever could write the file could have rewritten them), lines 4-5 are keyed; "
                    + "the last is the catalogue's head", upgraded.verify().message());

            List<String> rewritten = TamperedChain.asPlainChain(
                    Files.readAllLines(old, StandardCharsets.UTF_8).subList(0, 3).stream()
                            .map(l -> l.replace("\"user\":\"admin\"", "\"user\":\"lily\"")).toList());
            List<String> all = new ArrayList<>(rewritten);
            all.addAll(Files.readAllLines(old, StandardCharsets.UTF_8).subList(3, 5));
            Files.write(old, all, StandardCharsets.UTF_8);
            assertEquals("audit.log line 4 does not follow the line before it (a line before it was changed or "
                    + "removed)", upgraded.verify().message());
        } finally {
            oldCatalogue.close();
        }
    }

    @Test
    void aFreshHomeIsIntactWithNothingRecorded() throws Exception {
        CatalogDatabase fresh;
        fresh = CatalogDatabase.open(home.resolve("fresh/data/catalog"));
        try {
            FileAuditLog empty = new FileAuditLog();
            empty.open(home.resolve("fresh/data/audit.log"), home.resolve("fresh/etc/audit.key"), fresh);
            assertEquals(new AuditCheck(0, 0, "audit.log is intact: no changes recorded yet"), empty.verify());
        } finally {
            fresh.close();
        }
    }

    @Test
    void tailFiltersByUserAndTime() throws Exception {
        assertEquals(List.of("第2次", "第4次"), log.tail("lily", null, 0).stream().map(AuditEntry::detail).toList());
        assertEquals(List.of("第5次"), log.tail("", null, 1).stream().map(AuditEntry::detail).toList());
        assertEquals(List.of(), log.tail("", Instant.now().plusSeconds(60), 0));
    }
}
