package shelf.security.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditFileTest {
    @TempDir
    Path data;

    @Test
    void theLastLineOfALongTrailIsFoundFromItsEnd() throws Exception {
        StringBuilder trail = new StringBuilder();
        for (int i = 1; i <= 20_000; i++) {
            trail.append("{\"seq\":").append(i).append(",\"user\":\"审核专员").append(i).append("\"}\n");
        }
        Path file = Files.writeString(data.resolve("audit.log"), trail + "\n  \n", StandardCharsets.UTF_8);
        AuditFile audit = new AuditFile(file);
        assertEquals("{\"seq\":20000,\"user\":\"审核专员20000\"}", audit.lastLine().text());
        assertEquals(20_000, audit.lastLineNumber());
    }

    @Test
    void aLastLineLongerThanABlockAndWindowsLineEndingsAndNoFinalBreak() throws Exception {
        String longLine = "商品".repeat(10_000);
        Path file = Files.writeString(data.resolve("audit.log"), "first\r\n" + longLine + "\r\n\r\n", StandardCharsets.UTF_8);
        assertEquals(longLine, new AuditFile(file).lastLine().text());
        Files.writeString(file, "only line, no break", StandardCharsets.UTF_8);
        assertEquals("only line, no break", new AuditFile(file).lastLine().text());
    }

    @Test
    void aMissingEmptyOrBlankTrailHasNoLastLine() throws Exception {
        Path file = data.resolve("audit.log");
        assertNull(new AuditFile(file).lastLine());
        Files.writeString(file, "");
        assertNull(new AuditFile(file).lastLine());
        Files.writeString(file, "\n \n\t\n".repeat(5_000));
        assertNull(new AuditFile(file).lastLine());
    }
}
