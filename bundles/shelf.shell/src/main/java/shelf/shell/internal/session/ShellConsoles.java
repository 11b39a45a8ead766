package shelf.shell.internal.session;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.runtime.PluginStartup;
import shelf.api.security.Subject;
import shelf.api.shell.Consoles;
import shelf.api.shell.CompletionSource;
import shelf.shell.internal.security.SessionSubjects;
import shelf.shell.internal.progress.SessionTerminals;

/**
 * The shell's console for its front ends (the session socket in shelf.shell.socket, SSH in shelf.remote).
 * Interactive history is kept in SHELF_HOME/data/history/USER.
 */
@Component(immediate = true, service = Consoles.class)
public class ShellConsoles implements Consoles {
    static final String SOCKET = "shelf.socket";
    static final String HOME = "shelf.home";
    private static final System.Logger LOG = System.getLogger(ShellConsoles.class.getName());

    @Reference
    SessionProcessor processor;

    @Reference
    SessionTerminals terminals;

    @Reference
    SessionSubjects subjects;

    // Service objects, not services: a source is activated on the first Tab that needs it, not at start-up
    // (the profile names, say, need the import service and with it the catalogue's database).
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile Collection<ComponentServiceObjects<CompletionSource>> completionSources;

    // Dynamic: updating the provisioning bundle must not close every session
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PluginStartup plugins;

    private SessionEnvironment environment;

    /** Declarative Services makes it. */
    public ShellConsoles() {
    }

    /** The consoles outside OSGi, for tests of a front end. */
    public ShellConsoles(SessionEnvironment environment) {
        this.environment = environment;
    }

    @Activate
    void activate(BundleContext context) {
        String socket = context.getProperty(SOCKET);
        String home = context.getProperty(HOME);
        Path history = home != null ? Path.of(home, "data", "history")
                : socket != null && !socket.isBlank() ? Path.of(socket).resolveSibling("history")
                : Path.of(System.getProperty("user.dir"), "history");
        environment = new SessionEnvironment(processor.processor(), terminals, this::candidates, history, subjects,
                () -> plugins);
    }

    @Override
    public Console open(Subject subject, InputStream keystrokes, OutputStream screen, String terminalType, int columns,
            int rows, String origin) {
        boolean tty = terminalType != null && !terminalType.isBlank() && !terminalType.equals("dumb");
        return new FrontEndConsole(environment, (prompt, out) -> subject, keystrokes, screen, tty, terminalType,
                columns, rows, Path.of(System.getProperty("user.dir")).toAbsolutePath(), false, null, origin);
    }

    @Override
    public Console open(Login login, InputStream keystrokes, OutputStream screen, String terminalType, int columns,
            int rows, Path workingDirectory, boolean verbose, char[] newPassword, String origin) {
        return new FrontEndConsole(environment, login, keystrokes, screen, terminalType != null, terminalType, columns,
                rows, workingDirectory, verbose, newPassword, origin);
    }

    @Override
    public Console script(Subject subject, String statements, String scriptFile, PrintStream out, PrintStream err,
            Path workingDirectory, boolean verbose, boolean tty, char[] newPassword) {
        return new ScriptConsole(environment, subject, statements, scriptFile, out, err, workingDirectory, verbose, tty,
                newPassword);
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
}
