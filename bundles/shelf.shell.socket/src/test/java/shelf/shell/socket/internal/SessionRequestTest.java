package shelf.shell.socket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SessionRequestTest {

    @Test
    void readsTheHelloOfTheContract() {
        SessionRequest request = SessionRequest.parse("""
                {"protocol":1, "mode":"commands", "commands":"bundle:list; feature:list", "source":"deploy.shelf",
                 "cwd":"/srv/shop", "tty":false, "term":"xterm-256color", "cols":120, "rows":40, "verbose":true}""");
        assertEquals("commands", request.mode());
        assertEquals("bundle:list; feature:list", request.commands());
        assertEquals(Path.of("/srv/shop"), request.workingDirectory());
        assertTrue(request.fromScriptFile());
        assertTrue(request.verbose());
        assertEquals(120, request.cols());
    }

    @Test
    void missingFieldsTakeThePlainDefaults() {
        SessionRequest request = SessionRequest.parse("{\"protocol\":1,\"mode\":\"interactive\"}");
        assertFalse(request.tty());
        assertFalse(request.fromScriptFile());
        assertEquals(80, request.cols());
        assertEquals(24, request.rows());
        assertEquals("xterm-256color", request.term());
    }

    @Test
    void anotherProtocolOrModeIsRefusedWithASentence() {
        assertEquals("the client speaks protocol 2, this runtime speaks 1 — use the shelf script of the same version",
                assertThrows(IllegalArgumentException.class,
                        () -> SessionRequest.parse("{\"protocol\":2,\"mode\":\"commands\"}")).getMessage());
        assertEquals("unknown session mode 'batch' — expected interactive, commands or shutdown",
                assertThrows(IllegalArgumentException.class,
                        () -> SessionRequest.parse("{\"protocol\":1,\"mode\":\"batch\"}")).getMessage());
    }
}
