package shelf.remote.internal;

import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

import shelf.api.security.LoginRefusedException;
import shelf.api.security.Subject;
import shelf.api.security.UserKeys;
import shelf.api.security.UserStoreException;
import shelf.api.security.Users;

/**
 * Logs SSH users in against Shelf's users: a password through the same {@link Users#authenticate} as the
 * local shell's login (the same delays, lock and audit), a key through {@link UserKeys#authenticate}. The
 * subject is kept on the SSH session for the console.
 */
final class SessionLogins implements PasswordAuthenticator, PublickeyAuthenticator {
    private static final System.Logger LOG = System.getLogger(SessionLogins.class.getName());
    static final AttributeKey<Subject> SUBJECT = new AttributeKey<>();
    // the key that logged the session in: the client asks about a key, then signs with it, and MINA asks here
    // both times; the second answer must not count (or audit) a second login
    private static final AttributeKey<String> KEY = new AttributeKey<>();

    private final Users users;
    private final UserKeys keys;

    SessionLogins(Users users, UserKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        try {
            session.setAttribute(SUBJECT, users.authenticate(user, password.toCharArray(), origin(session)));
            return true;
        } catch (LoginRefusedException e) {
            return false;
        } catch (UserStoreException e) {
            LOG.log(Level.ERROR, "an SSH login could not be checked: {0}", e.getMessage());
            return false;
        }
    }

    @Override
    public boolean authenticate(String user, PublicKey key, ServerSession session) {
        String line = PublicKeyEntry.toString(key);
        if (line.equals(session.getAttribute(KEY)) && session.getAttribute(SUBJECT) != null
                && session.getAttribute(SUBJECT).name().equals(user)) {
            return true;
        }
        try {
            session.setAttribute(SUBJECT, keys.authenticate(user, line, origin(session)));
            session.setAttribute(KEY, line);
            return true;
        } catch (LoginRefusedException e) {
            LOG.log(Level.DEBUG, "refused the key {0} for an SSH login", KeyUtils.getFingerPrint(key));
            return false;
        } catch (UserStoreException e) {
            LOG.log(Level.ERROR, "an SSH login could not be checked: {0}", e.getMessage());
            return false;
        }
    }

    /**
     * "ssh from 10.0.0.7": the address without the port, so the throttle counts the failures of one machine
     * together however many connections it opens.
     */
    static String origin(ServerSession session) {
        SocketAddress address = session.getClientAddress();
        if (address instanceof InetSocketAddress inet) {
            return "ssh from " + inet.getAddress().getHostAddress();
        }
        return "ssh from " + address;
    }
}
