package shelf.shell.socket.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listens on the session socket and runs each connection on a thread of its own. Only the user who owns
 * the socket may connect: the file is 0600 in a 0700 folder, and where the platform tells the peer's user
 * (SO_PEERCRED) any other user is turned away.
 */
final class SessionListener {
    private static final System.Logger LOG = System.getLogger(SessionListener.class.getName());
    private static final long JOIN_MILLIS = 2000;

    private final Path socket;
    private final SocketDoor door;
    private final Map<SessionConnection, Thread> open = new ConcurrentHashMap<>();
    private final AtomicInteger sessionNumbers = new AtomicInteger();
    private ServerSocketChannel server;
    private Thread acceptor;

    SessionListener(Path socket, SocketDoor door) {
        this.socket = socket.toAbsolutePath();
        this.door = door;
    }

    void open() throws IOException {
        Path folder = socket.getParent();
        Files.createDirectories(folder);
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        deleteIfStale();
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        if (posix) {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        }
        acceptor = new Thread(this::acceptConnections, "shelf-session-listener");
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.log(Level.INFO, "shell sessions on {0}", socket);
    }

    /** Closes the socket and every open session, waits briefly for them to end, removes the socket file. */
    void close() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the session socket: {0}", e.toString());
        }
        open.keySet().forEach(SessionConnection::terminate);
        for (Thread thread : open.values()) {
            thread.interrupt();
            try {
                thread.join(JOIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove the session socket {0}: {1}", socket, e.toString());
        }
    }

    private void acceptConnections() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                if (!fromOwner(channel)) {
                    channel.close();
                    continue;
                }
                String name = "shelf-session-" + sessionNumbers.incrementAndGet();
                SessionConnection connection = new SessionConnection(channel, door, name);
                Thread thread = new Thread(() -> {
                    try {
                        connection.run();
                    } finally {
                        open.remove(connection);
                    }
                }, name);
                thread.setDaemon(true);
                open.put(connection, thread);
                thread.start();
            } catch (ClosedChannelException stopped) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "accepting a shell session failed: {0}", e.toString());
            }
        }
    }

    private boolean fromOwner(SocketChannel channel) throws IOException {
        Optional<String> peer = PeerCredentials.userOf(channel);
        if (peer.isEmpty()) {
            return true;
        }
        String owner = Files.getOwner(socket).getName();
        if (!peer.get().equals(owner)) {
            LOG.log(Level.WARNING, "refused a shell session from user {0}: the socket belongs to {1}", peer.get(), owner);
            return false;
        }
        return true;
    }

    // A socket file left by a runtime that died is deleted; one that still answers belongs to a live runtime.
    private void deleteIfStale() throws IOException {
        if (!Files.exists(socket)) {
            return;
        }
        if (answers(socket)) {
            throw new IOException("another Shelf runtime is listening on " + socket + " — stop it first (shelf stop)");
        }
        Files.deleteIfExists(socket);
    }

    private static boolean answers(Path socket) {
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException noOneThere) {
            return false;
        }
    }
}
