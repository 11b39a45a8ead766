package shelf.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session socket someone else made, or could replace, is refused before the client connects: a listener
 * there sees no connection, so it never receives the user's name and password.
 */
class SocketSafetyTest {
    private static final String ME = System.getProperty("user.name");

    @TempDir
    Path home;

    Path data;
    Path socket;
    ServerSocketChannel listener;

    @BeforeEach
    void listen() throws IOException {
        data = Files.createDirectory(home.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        socket = data.resolve("shelf.sock");
        listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX).bind(UnixDomainSocketAddress.of(socket));
        listener.configureBlocking(false);
    }

    @AfterEach
    void close() throws IOException {
        listener.close();
    }

    @Test
    void aPrivateSocketOfOneselfIsUsed() throws IOException {
        Optional<SocketChannel> channel = SessionSocket.connect(socket);
        assertTrue(channel.isPresent());
        channel.get().close();
        try (SocketChannel accepted = listener.accept()) {
            assertTrue(accepted != null, "the listener saw the connection");
        }
    }

    @Test
    void aFolderOpenToTheGroupIsRefusedBeforeConnecting() throws IOException {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwx---"));
        LaunchException refused = assertThrows(LaunchException.class, () -> SessionSocket.connect(socket));
        assertEquals("the session socket's folder " + data + " is open to others (owner " + ME + ", mode 0770) — Shelf"
                + " sends your password only over a private socket: run chmod 700 " + data, refused.getMessage());
        assertNull(listener.accept(), "nothing reached the listener");
    }

    @Test
    void aFolderReadableByOthersIsRefused() throws IOException {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx---r-x"));
        LaunchException refused = assertThrows(LaunchException.class, () -> SessionSocket.accepts(socket));
        assertTrue(refused.getMessage().contains("is open to others (owner " + ME + ", mode 0705)"), refused.getMessage());
    }

    @Test
    void aSocketOfAnotherUserIsRefusedBeforeConnecting() throws IOException {
        Files.setOwner(socket, nobody());
        LaunchException refused = assertThrows(LaunchException.class, () -> SessionSocket.connect(socket));
        assertEquals("the session socket " + socket + " belongs to nobody, not to " + ME + " (owner nobody, mode "
                + SocketSafety.mode(Files.getPosixFilePermissions(socket)) + ") — someone else may be listening:"
                + " remove it (rm " + socket + ") and start Shelf again", refused.getMessage());
        assertNull(listener.accept(), "nothing reached the listener");
    }

    @Test
    void aFolderOfAnotherUserIsRefused() throws IOException {
        Files.setOwner(data, nobody());
        LaunchException refused = assertThrows(LaunchException.class, () -> SessionSocket.connect(socket));
        assertEquals("the session socket's folder " + data + " belongs to nobody, not to " + ME
                + " (owner nobody, mode 0700) — Shelf sends your password only over a socket of yours: use a home of"
                + " your own (--home or SHELF_HOME)", refused.getMessage());
        assertNull(listener.accept(), "nothing reached the listener");
    }

    @Test
    void aSymbolicLinkInPlaceOfTheSocketIsRefused() throws IOException {
        Path elsewhere = home.resolve("elsewhere.sock");
        Files.move(socket, elsewhere);
        Files.createSymbolicLink(socket, elsewhere);
        LaunchException refused = assertThrows(LaunchException.class, () -> SessionSocket.connect(socket));
        assertTrue(refused.getMessage().startsWith("the session socket " + socket + " is a symbolic link"),
                refused.getMessage());
    }

    @Test
    void noFolderIsNoSocket() {
        assertTrue(SessionSocket.connect(home.resolve("none/shelf.sock")).isEmpty());
    }

    /** Changing an owner needs root, which the build runs as here; the uid 65534 is nobody's. */
    private static UserPrincipal nobody() throws IOException {
        return FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    }
}
