package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsIsTheInteractiveShell() {
        LaunchOptions options = LaunchOptions.parse(List.of());
        assertEquals(LaunchOptions.Action.INTERACTIVE, options.action());
        assertNull(options.home());
        assertFalse(options.verbose());
    }

    @Test
    void commandsWithHomeAndVerbose() {
        LaunchOptions options = LaunchOptions.parse(List.of("--home", "/tmp/h", "--verbose", "-c", "bundle:list; help"));
        assertEquals(LaunchOptions.Action.COMMANDS, options.action());
        assertEquals(Path.of("/tmp/h"), options.home());
        assertTrue(options.verbose());
        assertEquals("bundle:list; help", options.commands());
        assertEquals("-c", options.source());
        assertFalse(options.isScript());
    }

    @Test
    void aFileIsAScript() {
        LaunchOptions options = LaunchOptions.parse(List.of("setup.shelf"));
        assertEquals(LaunchOptions.Action.COMMANDS, options.action());
        assertTrue(options.isScript());
        assertEquals("setup.shelf", options.source());
    }

    @Test
    void backgroundActions() {
        assertEquals(LaunchOptions.Action.START, LaunchOptions.parse(List.of("start")).action());
        assertEquals(LaunchOptions.Action.STOP, LaunchOptions.parse(List.of("--home", "h", "stop")).action());
        assertEquals(LaunchOptions.Action.STATUS, LaunchOptions.parse(List.of("status")).action());
        assertEquals(LaunchOptions.Action.DAEMON, LaunchOptions.parse(List.of("--daemon")).action());
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("-c needs commands, e.g. -c \"bundle:list\"",
                assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("-c"))).getMessage());
        assertEquals("unknown option --colour — see shelf --help",
                assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("--colour"))).getMessage());
        assertTrue(assertThrows(LaunchException.class, () -> LaunchOptions.parse(List.of("start", "stop")))
                .getMessage().startsWith("stop cannot be combined"));
    }
}
