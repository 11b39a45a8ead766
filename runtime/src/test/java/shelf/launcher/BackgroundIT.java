package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shelf start | status | stop`, and sessions attaching to the running instance. */
class BackgroundIT {

    private static final Pattern PID = Pattern.compile("\\(pid (\\d+), home (.+)\\)");

    @TempDir
    Path home;

    @AfterEach
    void stopIfStillRunning() throws Exception {
        new ShelfCommand(home).run("stop");
    }

    @Test
    void startStatusAttachStop() throws Exception {
        ShelfCommand shelf = new ShelfCommand(home);

        ShelfCommand.Result started = shelf.run("start");
        assertEquals(0, started.status(), started.toString());
        Matcher pid = PID.matcher(started.out());
        assertTrue(started.out().startsWith("Shelf started") && pid.find(), started.out());
        assertEquals(home.toString(), pid.group(2));
        long daemon = Long.parseLong(pid.group(1));
        assertTrue(ProcessHandle.of(daemon).map(ProcessHandle::isAlive).orElse(false), "no process " + daemon);

        ShelfCommand.Result status = shelf.run("status");
        assertEquals(0, status.status(), status.toString());
        assertEquals("Shelf is running (pid " + daemon + ", home " + home + ")", status.out().strip());

        assertEquals(0, shelf.run("start").status(), "a second start says it runs already");

        // a session started while the daemon runs reaches it: a second framework could not lock the cache
        String listed = shelf.ok("bundle:list");
        assertTrue(listed.contains("org.apache.felix.scr"), listed);
        assertEquals(1, startsLogged(), "only the daemon started a framework");

        ShelfCommand.Result stopped = shelf.run("stop");
        assertEquals(0, stopped.status(), stopped.toString());
        assertEquals("Shelf stopped", stopped.out().strip());
        assertFalse(ProcessHandle.of(daemon).map(ProcessHandle::isAlive).orElse(false), "pid " + daemon + " still runs");

        ShelfCommand.Result after = shelf.run("status");
        assertEquals(3, after.status(), after.toString());
        assertEquals("Shelf is not running (home " + home + ")", after.out().strip());
        assertEquals("Shelf is not running (home " + home + ")", shelf.run("stop").out().strip());
    }

    private long startsLogged() throws Exception {
        return Files.readAllLines(home.resolve("log/shelf.log")).stream().filter(line -> line.contains(" started on ")).count();
    }
}
