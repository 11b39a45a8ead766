package shelf.shell.socket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.shell.Table;

/**
 * An operator at the prompt, through the socket: keystrokes go in as 'I' frames (Enter is CR, as a
 * terminal in raw mode sends it), the screen comes back as 'O' frames.
 */
class InteractiveSessionTest {
    private static final String PROMPT = "shelf> ";
    private static final String CTRL_C = "\u0003";
    private static final String CTRL_D = "\u0004";

    @TempDir
    Path home;
    private TestShell shell;

    @BeforeEach
    void start() throws Exception {
        shell = new TestShell(home);
    }

    @AfterEach
    void stop() {
        shell.close();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void showsThePromptRunsACommandAndLeavesOnExit() throws Exception {
        try (SessionClient client = shell.interactive(true)) {
            client.awaitScreen(s -> s.startsWith(PROMPT), "the prompt");
            client.type("catalog:greet 微店\r");
            client.awaitScreen(s -> s.contains("你好, 微店\n" + PROMPT), "the greeting, then the prompt again");
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
        assertTrue(Files.readString(home.resolve("data/history/admin")).contains("catalog:greet 微店"), "history kept");
    }

    @Test
    void aDumbTerminalIsStillATerminalInRawMode() throws Exception {
        Map<String, Object> hello = shell.hello("interactive");
        hello.put("tty", true);
        hello.put("term", "dumb");
        try (SessionClient client = shell.connect(hello)) {
            client.type("catalog:greet 微店\r");
            client.awaitScreen(s -> s.contains("你好, 微店\n"), "the greeting");
            // the client's terminal does not turn \n into \r\n in raw mode: without \r the lines would stair-step
            assertTrue(client.stdout().contains("你好, 微店\r\n"), client.stdout());
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
    }

    @Test
    void anErrorIsOneRedLineAndTheShellGoesOn() throws Exception {
        try (SessionClient client = shell.interactive(true)) {
            client.awaitScreen(s -> s.startsWith(PROMPT), "the prompt");
            client.type("bundel:list\r");
            client.awaitScreen(s -> s.contains("error: unknown command 'bundel:list' — type help to list the commands\n"
                    + PROMPT), "the error, then the prompt");
            assertTrue(client.stdout().contains("\u001b[31merror: unknown command"), "red");
            client.type(CTRL_D);
            assertEquals(0, client.awaitExit());
        }
    }

    @Test
    void withoutATerminalThereAreNoEscapeSequences() throws Exception {
        try (SessionClient client = shell.interactive(false)) {
            client.type("catalog:lock\r");
            client.awaitScreen(s -> s.contains("error: the catalog is locked by 李雷 — run catalog:unlock first"), "the error");
            client.type("catalog:count 3\r");
            client.awaitScreen(s -> s.contains("imported 3 rows"), "the import");
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
            assertFalse(client.stdout().contains("\u001b"), client.stdout());
            assertFalse(client.stdout().contains("导入 ["), "no progress bar: " + client.stdout());
        }
    }

    @Test
    void tabCompletesCommandsFilesAndNamedValues() throws Exception {
        try (SessionClient client = shell.interactive(true)) {
            client.awaitScreen(s -> s.startsWith(PROMPT), "the prompt");
            client.type("catalog:gr\t 微店\r");
            client.awaitScreen(s -> s.contains("你好, 微店"), "the completed command's output");
            client.type("catalog:show imports/商\t\r");
            client.awaitScreen(s -> s.contains("SKU-1 连衣裙"), "the completed file's content");
            client.type("import imports/商\t\r");
            client.awaitScreen(s -> s.contains("imported imports/商品表-春季.txt for default"), "a bare command's file completed");
            client.type("catalog:publish -n dou\t\r");
            client.awaitScreen(s -> s.contains("would publish to douyin"), "the completed channel");
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
    }

    @Test
    void ctrlCStopsTheRunningCommandNotTheShell() throws Exception {
        try (SessionClient client = shell.interactive(true)) {
            client.awaitScreen(s -> s.startsWith(PROMPT), "the prompt");
            client.type("catalog:stall\r");
            client.awaitScreen(s -> s.contains("stalling"), "the command running");
            // the prompt is drawn once more than the user sees it: while the login is checked, then over that
            int drawn = count(client.stdout(), PROMPT);
            client.type(CTRL_C);
            assertTrue(shell.catalog.interrupted.await(10, TimeUnit.SECONDS), "the command was interrupted");
            client.awaitScreen(s -> count(s, PROMPT) == drawn + 1, "a new prompt");
            client.type("half a line" + CTRL_C);
            client.awaitScreen(s -> count(s, PROMPT) == drawn + 2, "Ctrl-C at the prompt gives a fresh prompt");
            client.type(CTRL_D);
            assertEquals(0, client.awaitExit());
        }
    }

    @Test
    void aLongCommandDrawsAProgressBarOnATerminal() throws Exception {
        try (SessionClient client = shell.interactive(true)) {
            client.awaitScreen(s -> s.startsWith(PROMPT), "the prompt");
            client.type("catalog:count 30\r");
            String screen = client.awaitScreen(s -> s.contains("imported 30 rows"), "the import finishing");
            assertTrue(screen.contains("导入 [") && screen.contains("% "), screen);
            assertTrue(client.stdout().contains("\r\u001b[K"), "the bar is erased when done");
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
    }

    @Test
    void aStoppingRuntimeTellsItsSessionsAndHangsUp() throws Exception {
        try (SessionClient client = shell.interactive(true)) {
            client.awaitScreen(s -> s.startsWith(PROMPT), "the prompt");
            shell.listener.close();
            assertEquals(1, client.awaitExit());
            assertEquals("\r\nshelf: the runtime is stopping\r\n", client.stderr());
        }
    }

    @Test
    void aWindowResizeIsTakenIn() throws Exception {
        try (SessionClient client = shell.interactive(true)) {
            client.awaitScreen(s -> s.startsWith(PROMPT), "the prompt");
            client.send('W', "44 20");
            client.type("catalog:count 10\r");
            client.awaitScreen(s -> s.contains("imported 10 rows"), "the import finishing");
            String screen = client.stdout().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
            List<String> bars = Arrays.stream(screen.split("[\r\n]")).filter(l -> l.startsWith("导入 [")).toList();
            assertTrue(bars.size() >= 2, screen);
            for (String bar : bars) {
                assertTrue(Table.width(bar) < 44 && Table.width(bar) > 40, "fills the 44 columns: " + bar);
            }
            client.type("exit\r");
            assertEquals(0, client.awaitExit());
        }
    }
}
