package shelf.shell.socket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sessions driven the way the launcher drives them: a real socket, real frames, a real Gogo processor. */
class SessionEndToEndTest {
    @TempDir
    Path home;

    private TestShell shell;
    private Path socket;

    @BeforeEach
    void start() throws Exception {
        shell = new TestShell(home);
        socket = shell.socket;
    }

    @AfterEach
    void stop() {
        shell.close();
    }

    private Map<String, Object> hello(String mode) {
        return shell.hello(mode);
    }

    private SessionClient commands(String text) throws Exception {
        return shell.commands(text);
    }

    @Test
    void commandsRunInOrderAndPrintTheirResults() throws Exception {
        try (SessionClient client = commands("catalog:greet 微店; show notes.txt\ncatalog:publish -n douyin")) {
            assertEquals(0, client.awaitExit());
            assertEquals("你好, 微店\n春季新品 12 件\nwould publish to douyin\n", client.stdout());
            assertEquals("", client.stderr());
        }
    }

    @Test
    void theFirstFailureStopsTheScriptWithOneLineOnStderr() throws Exception {
        try (SessionClient client = commands("catalog:greet a; catalog:lock; catalog:greet b")) {
            assertEquals(1, client.awaitExit());
            assertEquals("你好, a\n", client.stdout());
            assertEquals("error: the catalog is locked by 李雷 — run catalog:unlock first\n", client.stderr());
        }
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        Map<String, Object> hello = hello("commands");
        hello.put("commands", "catalog:lock");
        hello.put("verbose", true);
        try (SessionClient client = SessionClient.connect(socket, hello)) {
            assertEquals(1, client.awaitExit());
            assertTrue(client.stderr().startsWith("error: the catalog is locked by 李雷 — run catalog:unlock first\n"
                    + "java.lang.IllegalStateException: the catalog is locked"), client.stderr());
            assertTrue(client.stderr().contains("\tat shelf.shell.socket.internal.CatalogCommands.lock("));
        }
    }

    @Test
    void anUnknownCommandGetsTheNearestNames() throws Exception {
        try (SessionClient client = commands("catalog:gret 微店")) {
            assertEquals(1, client.awaitExit());
            assertEquals("error: unknown command 'catalog:gret' — did you mean catalog:greet?\n", client.stderr());
        }
    }

    @Test
    void aScriptFileErrorNamesTheFileAndLine() throws Exception {
        Map<String, Object> hello = hello("commands");
        hello.put("commands", "# set up the spring catalog\ncatalog:greet a\n\ncatalog:lock\n");
        hello.put("source", "spring.shelf");
        try (SessionClient client = SessionClient.connect(socket, hello)) {
            assertEquals(1, client.awaitExit());
            assertEquals("error: the catalog is locked by 李雷 — run catalog:unlock first (spring.shelf, line 4)\n",
                    client.stderr());
        }
    }

    @Test
    void helpListsEveryCommandAndExplainsOne() throws Exception {
        try (SessionClient client = commands("help; help publish")) {
            assertEquals(0, client.awaitExit(), client.stderr());
            String out = client.stdout();
            assertTrue(Pattern.compile("(?m)^COMMAND +DESCRIPTION$").matcher(out).find(), out);
            assertTrue(Pattern.compile("(?m)^catalog:greet +greets a shop$").matcher(out).find(), out);
            assertTrue(Pattern.compile("(?m)^catalog:lock$").matcher(out).find(), "listed without a description: " + out);
            assertTrue(Pattern.compile("(?m)^shell:help +lists the commands you may run").matcher(out).find(), out);
            assertTrue(out.indexOf("catalog:count") < out.indexOf("catalog:greet"), "sorted");
            assertTrue(out.contains("catalog:publish — publishes the reviewed products to a channel\n\nUsage:\n"
                    + "  catalog:publish [--dry-run] CHANNEL\n"), out);
            assertTrue(Pattern.compile("(?m)^--dry-run, -n +shows what would be published$").matcher(out).find(), out);
            assertTrue(Pattern.compile("(?m)^CHANNEL +the marketplace$").matcher(out).find(), out);
        }
    }

    @Test
    void aCommandNamedLikeAJavaKeywordRunsByItsBareNameAndHasHelp() throws Exception {
        try (SessionClient client = commands("import notes.txt --merchant acme; help import")) {
            assertEquals(0, client.awaitExit(), client.stderr());
            String out = client.stdout();
            assertTrue(out.startsWith("imported notes.txt for acme\n"), out);
            assertTrue(out.contains("catalog:import — imports a file\n\nUsage:\n  catalog:import [--merchant VALUE] FILE\n"), out);
        }
    }

    @Test
    void aClientThatGoesAwayInterruptsItsCommand() throws Exception {
        SessionClient client = commands("catalog:stall");
        client.awaitScreen(screen -> screen.contains("stalling"), "the command starting");
        client.close();
        assertTrue(shell.catalog.interrupted.await(10, TimeUnit.SECONDS), "the command was interrupted");
    }

    @Test
    void shutdownAnswersThenStopsTheRuntime() throws Exception {
        try (SessionClient client = SessionClient.connect(socket, hello("shutdown"))) {
            assertEquals(0, client.awaitExit());
            assertTrue(shell.frameworkStopped.await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aClientOfAnotherProtocolIsRefused() throws Exception {
        Map<String, Object> hello = hello("commands");
        hello.put("protocol", 7);
        try (SessionClient client = SessionClient.connect(socket, hello)) {
            assertEquals(2, client.awaitExit());
            assertTrue(client.stderr().startsWith("error: the client speaks protocol 7"), client.stderr());
        }
    }

    @Test
    void aStaleSocketFileIsReplacedButALiveOneIsLeftAlone() throws Exception {
        Path stalePath = home.resolve("other/shelf.sock");
        Files.createDirectories(stalePath.getParent());
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(stalePath)); // closing leaves the file behind, as a crash does
        }
        assertTrue(Files.exists(stalePath));
        SessionListener second = new SessionListener(stalePath, null);
        second.open();
        second.close();

        IOException live = assertThrows(IOException.class, () -> new SessionListener(socket, null).open());
        assertEquals("another Shelf runtime is listening on " + socket + " — stop it first (shelf stop)", live.getMessage());
        try (SessionClient client = commands("catalog:greet 仍在")) {
            assertEquals(0, client.awaitExit());
            assertEquals("你好, 仍在\n", client.stdout());
        }
    }

    @Test
    void onlyTheOwnerMayOpenTheSocketAndItGoesAwayWithTheShell() throws Exception {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
        shell.listener.close();
        assertFalse(Files.exists(socket));
    }
}
