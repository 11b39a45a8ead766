package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interactive shell in a pseudo-terminal (util-linux `script`), typed at as a person would. */
class InteractiveIT {

    private static final Pattern PROMPT = Pattern.compile("shelf[^\\n]*> ");

    @TempDir
    Path home;

    @Test
    void promptRunsACommandCtrlCKeepsTheShellAndExitLeaves() throws Exception {
        String command = ShelfCommand.DIST.resolve("bin/shelf") + " --home " + home;
        ProcessBuilder builder = new ProcessBuilder(List.of("script", "-qfec", command, "/dev/null"))
                .redirectErrorStream(true);
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().remove("SHELF_HOME");
        builder.environment().put("SHELF_USER", ShelfCommand.ADMIN);
        builder.environment().put("SHELF_PASSWORD", ShelfCommand.ADMIN_PASSWORD);
        Process process = builder.start();
        Screen screen = new Screen(process.getInputStream());
        try (OutputStream keyboard = process.getOutputStream()) {
            screen.await(PROMPT, 0);

            int mark = screen.length();
            type(keyboard, "bundle:list\r");
            screen.await(Pattern.compile("org\\.apache\\.felix\\.scr"), mark);
            screen.await(PROMPT, mark);

            // Ctrl-C travels to the shell as a keystroke and drops the line; it does not end the client
            mark = screen.length();
            type(keyboard, "bundle:li\u0003");
            screen.await(PROMPT, mark);

            type(keyboard, "exit\r");
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exit did not leave:\n" + screen);
            assertEquals(0, process.exitValue(), screen.toString());
        } finally {
            // `script` runs shelf as its child: a failed test must not leave that runtime behind
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void aFreshHomeAsksForTheAdminPasswordTwiceAndTheNextStartForUserAndPassword() throws Exception {
        String command = ShelfCommand.DIST.resolve("bin/shelf") + " --home " + home;
        for (int start = 1; start <= 2; start++) {
            ProcessBuilder builder = new ProcessBuilder(List.of("script", "-qfec", command, "/dev/null"))
                    .redirectErrorStream(true);
            builder.environment().put("TERM", "xterm-256color");
            builder.environment().remove("SHELF_HOME");
            builder.environment().remove("SHELF_USER");
            builder.environment().remove("SHELF_PASSWORD");
            Process process = builder.start();
            Screen screen = new Screen(process.getInputStream());
            try (OutputStream keyboard = process.getOutputStream()) {
                if (start == 1) {
                    screen.await(Pattern.compile("no users yet[\\s\\S]*New password for admin: "), 0);
                    type(keyboard, "typed-secret-1\r");
                    screen.await(Pattern.compile("The same again: "), 0);
                    type(keyboard, "typed-secret-1\r");
                } else {
                    screen.await(Pattern.compile("user: "), 0);
                    type(keyboard, "admin\r");
                    screen.await(Pattern.compile("password: "), 0);
                    type(keyboard, "typed-secret-1\r");
                }
                screen.await(PROMPT, 0);
                assertTrue(!screen.toString().contains("typed-secret-1"), "the password was echoed:\n" + screen);
                type(keyboard, "exit\r");
                assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exit did not leave:\n" + screen);
                assertEquals(0, process.exitValue(), screen.toString());
            } finally {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    static void type(OutputStream keyboard, String keys) throws IOException {
        keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** What the terminal has shown so far, read on a thread of its own. */
    static final class Screen {

        private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

        Screen(InputStream output) {
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                int read;
                try {
                    while ((read = output.read(buffer)) >= 0) {
                        synchronized (shown) {
                            shown.write(buffer, 0, read);
                        }
                    }
                } catch (IOException ended) {
                    // the process has gone
                }
            }, "screen");
            reader.setDaemon(true);
            reader.start();
        }

        /** A mark for await: how much plain text has been shown. */
        int length() {
            return plain().length();
        }

        void await(Pattern pattern, int from) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                String plain = plain();
                if (pattern.matcher(plain.substring(Math.min(from, plain.length()))).find()) {
                    return;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no " + pattern + " on the screen:\n" + this);
        }

        /** The screen without ANSI control sequences. */
        String plain() {
            synchronized (shown) {
                return shown.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
            }
        }

        @Override
        public String toString() {
            return plain();
        }
    }
}
