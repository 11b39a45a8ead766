package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shelf -c …` and `shelf FILE.shelf` on a fresh home: each run starts Shelf, runs, stops. */
class CommandsIT {

    @TempDir
    Path home;

    @Test
    void bundleListShowsEveryBootBundleActive() throws Exception {
        ShelfCommand.Result result = new ShelfCommand(home).run("-c", "bundle:list");

        assertEquals(0, result.status(), result.toString());
        for (String name : BootBundleNames.read()) {
            String line = ShelfCommand.lineWith(result.out(), name);
            assertNotNull(line, name + " is not listed:\n" + result.out());
            assertTrue(line.toLowerCase().contains("active"), name + " is not Active: " + line);
        }
    }

    @Test
    void outputIsPlainWhenStdoutIsNoTerminal() throws Exception {
        ShelfCommand.Result result = new ShelfCommand(home).run("-c", "bundle:list; help");

        assertEquals(0, result.status(), result.toString());
        assertFalse(result.out().contains("\u001b"), "ANSI escape in plain output:\n" + result.out());
    }

    @Test
    void unknownCommandFailsWithOneLine() throws Exception {
        ShelfCommand.Result result = new ShelfCommand(home).run("-c", "bundle:list; no:such-command; bundle:list");

        assertNotEquals(0, result.status(), result.toString());
        assertEquals(1, result.err().strip().lines().count(), "not one line:\n" + result.err());
        assertTrue(result.err().contains("no:such-command"), result.err());
    }

    @Test
    void scriptFileRunsLikeCommands() throws Exception {
        Path script = Files.writeString(home.resolveSibling(home.getFileName() + "-list.shelf"),
                "# lists the bundles twice\nbundle:list\nbundle:list; help\n");
        try {
            ShelfCommand.Result result = new ShelfCommand(home).run(script.toString());

            assertEquals(0, result.status(), result.toString());
            assertTrue(result.out().contains("org.apache.felix.scr"), result.out());
        } finally {
            Files.deleteIfExists(script);
        }
    }

    @Test
    void missingScriptIsNamed() throws Exception {
        ShelfCommand.Result result = new ShelfCommand(home).run("no-such-file.shelf");

        assertEquals(1, result.status());
        assertTrue(result.err().startsWith("error: cannot read the script no-such-file.shelf"), result.err());
    }

    @Test
    void versionAndHelp() throws Exception {
        ShelfCommand shelf = new ShelfCommand(home);
        assertTrue(shelf.run("--version").out().matches("Shelf \\S+ \\(Apache Felix 7\\.0\\.5, Java .+\\)\\s*"));
        String help = shelf.run("--help").out();
        for (String form : new String[] {"--home", "--verbose", "-c", "FILE.shelf", "start", "stop", "status", "--version"}) {
            assertTrue(help.contains(form), "--help does not mention " + form);
        }
    }
}
