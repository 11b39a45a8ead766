package shelf.shell.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.felix.gogo.runtime.threadio.ThreadIOImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.security.DataScope;
import shelf.api.security.Role;
import shelf.api.security.Subject;
import shelf.api.shell.Consoles;
import shelf.shell.internal.progress.SessionTerminals;
import shelf.shell.internal.security.GuardedProcessor;
import shelf.shell.internal.security.SessionSubjects;

/**
 * A session whose client sent its credentials shows the prompt while they are checked; what the user types
 * meanwhile runs only once the check has succeeded, and never when it fails. On a real Gogo processor and a real
 * JLine terminal over the session's streams, as the socket's front end gives them.
 */
class EarlyPromptTest {
    private static final String PROMPT = "shelf> ";
    private static final Subject LILY = new Subject("lily", Set.of(Role.EDITOR), DataScope.ALL);

    /** A command that records each call, so the test sees what ran. */
    public static class Commands {
        final List<String> ran = new CopyOnWriteArrayList<>();

        public String greet(String shop) {
            ran.add("greet " + shop);
            return "hello, " + shop;
        }
    }

    /** The front end's credentials, checked when the test says so. */
    static final class CheckedLater implements Consoles.Login {
        final CompletableFuture<Subject> outcome = new CompletableFuture<>();
        volatile String said = "";

        @Override
        public boolean asksOnTerminal() {
            return false;
        }

        @Override
        public Subject logIn(Consoles.Prompt prompt, PrintStream out) throws Consoles.Refused {
            try {
                Subject subject = outcome.get();
                out.print(said);
                return subject;
            } catch (ExecutionException e) {
                throw (Consoles.Refused) e.getCause();
            } catch (InterruptedException e) {
                throw new Consoles.Refused("interrupted");
            }
        }
    }

    @TempDir
    Path folder;

    private final ThreadIOImpl threadIO = new ThreadIOImpl();
    private final FakeAccess access = new FakeAccess();
    private final SessionSubjects subjects = new SessionSubjects();
    private final Commands commands = new Commands();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private PipedOutputStream keyboard = new PipedOutputStream();
    private GuardedProcessor processor;

    @BeforeEach
    void start() {
        threadIO.start();
        processor = new GuardedProcessor(threadIO, access, subjects);
        processor.addCommand("catalog", commands, "greet");
        access.table.put("catalog:greet", Set.of(Role.EDITOR));
    }

    @AfterEach
    void stop() throws IOException {
        keyboard.close();
        processor.stop();
        threadIO.stop();
    }

    @Test
    void thePromptShowsWhileTheCredentialsAreCheckedAndWhatIsTypedRunsOnceTheyPass() throws Exception {
        CheckedLater login = new CheckedLater();
        CompletableFuture<Integer> status = open(login, "xterm-256color");

        awaitScreen(PROMPT);
        type("greet weidian\r");
        Thread.sleep(300); // time enough for a console that read the keyboard to have run the line
        assertEquals(List.of(), commands.ran, "a line ran before the user was known");
        assertFalse(screen().contains("hello, weidian"), screen());

        assertFalse(screen().contains("greet"), "not echoed before the line reader reads it: " + screen());

        login.outcome.complete(LILY);
        awaitScreen("hello, weidian");
        assertEquals(List.of("greet weidian"), commands.ran);
        type("exit\r");
        assertEquals(0, status.get(10, TimeUnit.SECONDS));
        // the line reader's prompt is drawn over the early one from the line's start, not beside it
        assertFalse(screen().contains(PROMPT + PROMPT), screen());
        assertEquals(1, screen().split("greet weidian", -1).length - 1, "the line typed ahead shows once: " + screen());
    }

    @Test
    void refusedCredentialsTakeThePromptAwayAndNothingTypedRuns() throws Exception {
        CheckedLater login = new CheckedLater();
        CompletableFuture<Integer> status = open(login, "xterm-256color");

        awaitScreen(PROMPT);
        type("greet weidian\r");
        Thread.sleep(200);
        login.outcome.completeExceptionally(new Consoles.Refused("login failed: wrong user name or password"));

        assertEquals(Consoles.REFUSED, status.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(), commands.ran);
        // erased (with what the terminal echoed of the typing): back to the line's start, the line cleared, then
        // the refusal alone on it
        assertTrue(screen().startsWith(PROMPT), screen());
        assertTrue(screen().contains("\r\u001b[Kerror: login failed: wrong user name or password\r\n"), screen());
        assertFalse(screen().contains("greet"), "what was typed is never shown: " + screen());
    }

    @Test
    void whatTheLoginSaysReplacesThePromptBeforeTheConsoleDrawsItAgain() throws Exception {
        CheckedLater login = new CheckedLater();
        login.said = "Created the admin user lily on this new home\n";
        CompletableFuture<Integer> status = open(login, "xterm-256color");

        awaitScreen(PROMPT);
        login.outcome.complete(LILY);
        awaitScreen("\r\u001b[KCreated the admin user lily on this new home\r\n");
        String after = screen().substring(screen().indexOf("Created"));
        awaitScreen(PROMPT, screen().indexOf("Created"));
        type("exit\r");
        assertEquals(0, status.get(10, TimeUnit.SECONDS));
        assertFalse(after.startsWith("Created the admin user lily on this new home\r\n" + PROMPT + PROMPT), after);
    }

    @Test
    void aDumbTerminalOrALoginThatAsksGetsNoEarlyPrompt() throws Exception {
        CheckedLater dumb = new CheckedLater();
        CompletableFuture<Integer> first = open(dumb, null);
        Thread.sleep(300);
        assertEquals("", screen(), "a dumb terminal cannot take a drawn prompt back");
        dumb.outcome.completeExceptionally(new Consoles.Refused("login failed"));
        assertEquals(Consoles.REFUSED, first.get(10, TimeUnit.SECONDS));

        screen.reset();
        CompletableFuture<Integer> second = open((prompt, out) -> {
            prompt.line("user: ");
            throw new Consoles.Refused("login failed");
        }, "xterm-256color");
        awaitScreen("user: ");
        assertFalse(screen().contains(PROMPT), "the prompt came before the question: " + screen());
        type("lily\r");
        assertEquals(Consoles.REFUSED, second.get(10, TimeUnit.SECONDS));
    }

    private CompletableFuture<Integer> open(Consoles.Login login, String type) throws IOException {
        keyboard.close(); // a new session, new keystrokes
        keyboard = new PipedOutputStream();
        SessionEnvironment environment = new SessionEnvironment(processor, new SessionTerminals(), name -> List.of(),
                folder.resolve("history"), subjects, () -> null);
        FrontEndConsole console = new FrontEndConsole(environment, login, new PipedInputStream(keyboard, 4096), screen,
                true, type, 80, 24, folder, false, null, "test");
        return CompletableFuture.supplyAsync(console::run);
    }

    private void type(String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    private String screen() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    private void awaitScreen(String text) throws InterruptedException {
        awaitScreen(text, 0);
    }

    private void awaitScreen(String text, int from) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (screen().indexOf(text, from) < 0) {
            if (System.nanoTime() > end) {
                throw new AssertionError("never shown: " + text.replace("\u001b", "ESC") + "\nscreen:\n"
                        + screen().replace("\u001b", "ESC"));
            }
            Thread.sleep(10);
        }
    }
}
