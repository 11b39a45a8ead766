package shelf.shell.internal.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.runtime.PluginStartup;
import shelf.api.security.Subject;
import shelf.api.security.Users;
import shelf.api.shell.Consoles;
import shelf.api.shell.CompletionSource;
import shelf.shell.internal.security.SessionSubjects;
import shelf.shell.internal.progress.SessionTerminals;

/**
 * The shell's door: every session, local or attached, is a connection to the Unix-domain socket named by
 * the framework property {@value #SOCKET}; a front end that logs its users in itself (SSH) opens the same
 * console through {@link Consoles}. Interactive history is kept in SHELF_HOME/data/history/USER.
 */
@Component(immediate = true, service = Consoles.class)
public class SessionServer implements Consoles {
    static final String SOCKET = "shelf.socket";
    static final String HOME = "shelf.home";
    private static final System.Logger LOG = System.getLogger(SessionServer.class.getName());

    @Reference
    SessionProcessor processor;

    @Reference
    SessionTerminals terminals;

    @Reference
    SessionSubjects subjects;

    // Service objects: the user store (and with it the catalogue's database) is opened by the first login,
    // not at start-up.
    @Reference
    ComponentServiceObjects<Users> users;

    // Service objects, not services: a source is activated on the first Tab that needs it, not at start-up
    // (the profile names, say, need the import service and with it the catalogue's database).
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile Collection<ComponentServiceObjects<CompletionSource>> completionSources;

    // Dynamic: updating the provisioning bundle must not close every session
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PluginStartup plugins;

    private SessionListener listener;
    private SessionEnvironment environment;
    private volatile Users userStore;

    @Activate
    void activate(BundleContext context) throws IOException {
        String socket = context.getProperty(SOCKET);
        String home = context.getProperty(HOME);
        Path history = home != null ? Path.of(home, "data", "history")
                : socket != null && !socket.isBlank() ? Path.of(socket).resolveSibling("history")
                : Path.of(System.getProperty("user.dir"), "history");
        environment = new SessionEnvironment(processor.processor(), terminals, this::candidates, history,
                () -> stop(context), this::userStore, subjects, () -> plugins);
        if (socket == null || socket.isBlank()) {
            LOG.log(Level.WARNING, "no shell sessions: the framework property {0} is not set", SOCKET);
            return;
        }
        listener = new SessionListener(Path.of(socket), environment);
        listener.open();
    }

    @Override
    public Console open(Subject subject, InputStream keystrokes, OutputStream screen, String terminalType, int columns,
            int rows, String origin) {
        return new FrontEndConsole(environment, subject, keystrokes, screen, terminalType, columns, rows, origin);
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

    /** The names the CompletionSource registered as {@code shelf.completion=name} offers. */
    List<String> candidates(String name) {
        Collection<ComponentServiceObjects<CompletionSource>> sources = completionSources;
        if (sources == null) {
            return List.of();
        }
        return sources.stream()
                .filter(source -> name.equals(source.getServiceReference().getProperty(CompletionSource.NAME)))
                .flatMap(source -> safeCandidates(source).stream())
                .distinct()
                .toList();
    }

    private static List<String> safeCandidates(ComponentServiceObjects<CompletionSource> objects) {
        CompletionSource source = null;
        try {
            source = objects.getService();
            List<String> candidates = source == null ? null : source.candidates();
            return candidates == null ? List.of() : candidates;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a completion source failed: {0}", e.toString());
            return List.of();
        } finally {
            if (source != null) {
                objects.ungetService(source);
            }
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
