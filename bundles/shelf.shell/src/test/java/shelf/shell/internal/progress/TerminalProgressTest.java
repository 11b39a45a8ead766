package shelf.shell.internal.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private Terminal terminal;

    @BeforeEach
    void terminal() throws IOException {
        terminal = TerminalBuilder.builder().system(false).provider(TerminalBuilder.PROP_PROVIDER_EXEC)
                .streams(new ByteArrayInputStream(new byte[0]), screen).type("xterm-256color")
                .size(new Size(60, 20)).encoding(StandardCharsets.UTF_8).build();
    }

    @AfterEach
    void close() throws IOException {
        terminal.close();
    }

    private String shown() {
        terminal.flush();
        return screen.toString(StandardCharsets.UTF_8);
    }

    private int redraws() {
        return shown().split("\r", -1).length - 1;
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        TerminalProgress progress = new TerminalProgress(terminal, "导入", 10_000, clock::get);
        assertEquals(1, redraws(), "drawn once at the start");
        for (int row = 0; row < 1000; row++) {
            progress.advance(1);
            clock.addAndGet(1_000_000); // 1 ms a row: 1000 rows in one second
        }
        int drawn = redraws();
        assertTrue(drawn >= 10 && drawn <= 11, "redraws in one second: " + drawn);
        assertTrue(shown().endsWith("\r导入 [###----------------------------------]   9% 901/10000\u001b[K"), shown());
    }

    @Test
    void closingErasesTheBarLine() {
        TerminalProgress progress = new TerminalProgress(terminal, "scan", -1, clock::get);
        progress.close();
        progress.close();
        progress.advance(5);
        String shown = shown();
        assertTrue(shown.startsWith("\rscan … 0"), shown);
        assertTrue(shown.endsWith("\r\u001b[K"), "erased with clear-to-end-of-line: " + shown);
    }
}
