package shelf.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.audit.AuditCheck;
import shelf.api.audit.AuditEntry;

class FileAuditLogTest {
    @TempDir
    Path home;

    private Path file;
    private final FileAuditLog log = new FileAuditLog();

    @BeforeEach
    void fiveChanges() {
        file = home.resolve("data/audit.log");
        log.open(file);
        for (int i = 1; i <= 5; i++) {
            log.append(AuditEntry.of(i % 2 == 0 ? "lily" : "admin", "review:approved", List.of("product:m1/A" + i),
                    "pre-review", "final-review", "第" + i + "次"));
        }
    }

    @Test
    void eachLineIsOneJsonObjectChainedToTheOneBefore() throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).contains("\"prev\":\"" + "0".repeat(64) + "\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"prev\":\"" + AuditLine.declaredHash(lines.get(0)) + "\""), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"time\":"), lines.get(2));
        assertEquals(new AuditCheck(5, 0, ""), log.verify());
    }

    @Test
    void editingOneLineByHandMakesVerifyNameThatLine() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(2, lines.get(2).replace("\"user\":\"admin\"", "\"user\":\"lily\""));
        Files.write(file, lines, StandardCharsets.UTF_8);

        AuditCheck check = log.verify();
        assertFalse(check.intact());
        assertEquals(3, check.firstBadLine());
        assertTrue(check.problem().contains("changed"), check.problem());
    }

    @Test
    void aLineRewrittenWithAFreshHashOrRemovedBreaksTheNextLine() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.remove(1);
        Files.write(file, lines, StandardCharsets.UTF_8);

        AuditCheck check = log.verify();
        assertEquals(2, check.firstBadLine());
        assertTrue(check.problem().contains("changed or removed"), check.problem());
    }

    @Test
    void appendingAfterARestartContinuesTheChain() throws Exception {
        FileAuditLog restarted = new FileAuditLog();
        restarted.open(file);
        restarted.append(AuditEntry.of("admin", "user:add", List.of("user:lily"), "", "editor", ""));
        assertEquals(new AuditCheck(6, 0, ""), restarted.verify());
    }

    @Test
    void tailFiltersByUserAndTime() throws Exception {
        assertEquals(List.of("第2次", "第4次"), log.tail("lily", null, 0).stream().map(AuditEntry::detail).toList());
        assertEquals(List.of("第5次"), log.tail("", null, 1).stream().map(AuditEntry::detail).toList());
        assertEquals(List.of(), log.tail("", Instant.now().plusSeconds(60), 0));
    }
}
