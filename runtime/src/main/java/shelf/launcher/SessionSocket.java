package shelf.launcher;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The session server's Unix-domain socket, seen from a client. */
final class SessionSocket {

    private SessionSocket() {
    }

    /**
     * A connection when a server accepts on the socket; empty when no file or nobody listens. A socket, or a
     * folder, that another user made or could replace is refused ({@link SocketSafety}) before connecting,
     * and a server run by another user right after: nothing has been sent to it either way.
     */
    static Optional<SocketChannel> connect(Path socket) {
        SocketSafety.checkPath(socket);
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(channel);
            return Optional.empty();
        }
        try {
            SocketSafety.checkPeer(socket, channel);
        } catch (LaunchException e) {
            closeQuietly(channel);
            throw e;
        }
        return Optional.of(channel);
    }

    static boolean accepts(Path socket) {
        Optional<SocketChannel> channel = connect(socket);
        channel.ifPresent(SessionSocket::closeQuietly);
        return channel.isPresent();
    }

    /**
     * Waits for the socket to accept, polling briefly since the server opens it moments after start.
     * Empty when the timeout passes or starting gives up (alive turns false).
     */
    static Optional<SocketChannel> await(Path socket, long timeoutMillis, BooleanSupplier alive) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (System.nanoTime() < deadline && alive.getAsBoolean()) {
            Optional<SocketChannel> channel = connect(socket);
            if (channel.isPresent()) {
                return channel;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static void closeQuietly(SocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was sent on it
            }
        }
    }
}
