package shelf.shell.socket.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import shelf.api.security.Users;
import shelf.api.shell.Consoles;

/**
 * The local shell's door: every session, started here or attached, is a connection to the Unix-domain socket
 * named by the framework property {@value #SOCKET}, and runs on the shell's {@link Consoles}.
 */
@Component(immediate = true)
public class SessionSocket {
    static final String SOCKET = "shelf.socket";
    private static final System.Logger LOG = System.getLogger(SessionSocket.class.getName());

    @Reference
    Consoles consoles;

    // Service objects: the user store (and with it the catalogue's database) is opened by the first login,
    // not at start-up.
    @Reference
    ComponentServiceObjects<Users> users;

    private SessionListener listener;
    private volatile Users userStore;

    @Activate
    void activate(BundleContext context) throws IOException {
        String socket = context.getProperty(SOCKET);
        if (socket == null || socket.isBlank()) {
            LOG.log(Level.WARNING, "no shell sessions: the framework property {0} is not set", SOCKET);
            return;
        }
        listener = new SessionListener(Path.of(socket), new SocketDoor(consoles, this::userStore, () -> stop(context)));
        listener.open();
    }

    @Deactivate
    void deactivate() {
        if (listener != null) {
            listener.close();
        }
    }

    /** The user store; held until the runtime stops once got. Null when its component cannot start. */
    private Users userStore() {
        Users store = userStore;
        if (store != null) {
            return store;
        }
        try {
            store = users.getService();
            userStore = store;
            return store;
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "the user store cannot be had", e);
            return null;
        }
    }

    private static void stop(BundleContext context) {
        try {
            context.getBundle(0).stop();
        } catch (BundleException | IllegalStateException e) {
            LOG.log(Level.ERROR, "could not stop the runtime", e);
        }
    }
}
