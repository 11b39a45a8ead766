package shelf.shell.socket.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.SocketChannel;
import java.util.Optional;

import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The user on the other end of a Unix-domain connection (SO_PEERCRED). jdk.net is imported optionally:
 * when the framework does not export it, or the platform cannot tell, the answer is empty and the
 * socket file's mode is the only protection.
 */
final class PeerCredentials {
    private static final System.Logger LOG = System.getLogger(PeerCredentials.class.getName());

    private PeerCredentials() {
    }

    static Optional<String> userOf(SocketChannel channel) {
        try {
            return Optional.of(Lookup.user(channel));
        } catch (LinkageError | UnsupportedOperationException | IOException e) {
            LOG.log(Level.DEBUG, "peer credentials unavailable: {0}", e.toString());
            return Optional.empty();
        }
    }

    /** Where a login on this connection comes from, for the login throttle and the audit trail. */
    static String origin(SocketChannel channel) {
        return userOf(channel).map(user -> "local user " + user).orElse("local socket");
    }

    // Kept apart so that jdk.net is only linked here, inside the try of userOf.
    private static final class Lookup {
        static String user(SocketChannel channel) throws IOException {
            UnixDomainPrincipal principal = channel.getOption(ExtendedSocketOptions.SO_PEERCRED);
            return principal.user().getName();
        }
    }
}
