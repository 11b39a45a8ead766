package shelf.remote.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import shelf.api.runtime.ShelfHome;
import shelf.api.security.UserKeys;
import shelf.api.security.Users;
import shelf.api.shell.Consoles;

/**
 * The SSH door for a team's operators: Apache MINA SSHD on the address of etc/ssh.properties (127.0.0.1:8101
 * unless it says otherwise), password and key logins against Shelf's users, and after the login the same
 * console as the local shell. Only the shell: no commands run without it, no SFTP, no forwarding.
 */
@Component(immediate = true, service = {})
public class OperatorSshServer {
    private static final System.Logger LOG = System.getLogger(OperatorSshServer.class.getName());
    static final String HOST_KEY = "ssh-host-key";

    @Reference
    Users users;

    @Reference
    UserKeys keys;

    @Reference
    Consoles consoles;

    private SshServer server;
    private ScheduledExecutorService idleTimer;

    @Activate
    void activate(BundleContext context) throws IOException {
        Path etc = ShelfHome.of(context).resolve("etc");
        SshSettings settings;
        try {
            settings = SshSettings.read(etc);
        } catch (IllegalArgumentException e) {
            // the bundle stays up with no server: the line in the log says what to fix
            LOG.log(Level.ERROR, "no SSH: {0}", e.getMessage());
            return;
        }
        Files.createDirectories(etc);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // MINA looks its I/O and security providers up through the context class loader: it must be this bundle's
        thread.setContextClassLoader(OperatorSshServer.class.getClassLoader());
        try {
            server = SshServer.setUpDefaultServer();
            server.setHost(settings.host());
            server.setPort(settings.port());
            server.setKeyPairProvider(hostKey(etc.resolve(HOST_KEY)));
            SessionLogins logins = new SessionLogins(users, keys);
            server.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthPasswordFactory.INSTANCE));
            server.setPasswordAuthenticator(logins);
            server.setPublickeyAuthenticator(logins);
            server.setKeyboardInteractiveAuthenticator(null);
            server.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
            idleTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread timer = new Thread(runnable, "shelf-ssh-idle");
                timer.setDaemon(true);
                return timer;
            });
            server.setShellFactory(channel -> new ConsoleShell(consoles, settings.idleTimeout(), idleTimer));
            // the console tells an idle user why it closes (IdleWatch); MINA's own timeout is the backstop
            // for connections that never reach a console
            CoreModuleProperties.IDLE_TIMEOUT.set(server, settings.idleTimeout().plusMinutes(1));
            server.start();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.log(Level.INFO, "SSH for operators on {0}:{1} (idle sessions close after {2} min)", settings.host(),
                String.valueOf(server.getPort()), settings.idleTimeout().toMinutes());
    }

    @Deactivate
    void deactivate() throws IOException {
        if (server != null) {
            server.stop(true);
        }
        if (idleTimer != null) {
            idleTimer.shutdownNow();
        }
    }

    /** The server's key, made on the first start and kept (mode 0600), so clients can trust it once. */
    private static KeyPairProvider hostKey(Path file) {
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
        provider.setStrictFilePermissions(true);
        return provider;
    }
}
