package shelf.web.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import shelf.api.audit.AuditLog;
import shelf.api.catalog.CatalogStore;
import shelf.api.publish.PublishService;
import shelf.api.importer.FindingReport;
import shelf.api.importer.ImportService;
import shelf.api.media.MediaRoots;
import shelf.api.media.ProcessedImages;
import shelf.api.review.ReviewService;
import shelf.api.rules.BatchValidation;
import shelf.api.rules.FindingStore;
import shelf.api.security.CommandAccess;
import shelf.api.security.Users;

/**
 * The web workbench: an embedded Jetty on the configured address (127.0.0.1:8181 unless the PID
 * {@code shelf.web} says otherwise) whose pages log users in through {@link Users#authenticate} and call the
 * same services as the shell's commands with the user's subject, so every check happens in the services.
 */
@Component(service = WebWorkbench.class, immediate = true, configurationPid = "shelf.web")
@Designate(ocd = WebConfig.class)
public class WebWorkbench {
    @Reference
    Users users;

    @Reference
    CommandAccess access;

    @Reference
    ReviewService review;

    @Reference
    CatalogStore catalog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ImportService importer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile BatchValidation validation;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile FindingStore findings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile FindingReport report;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ProcessedImages processed;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PublishService publish;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AuditLog audit;

    /** Scheduled publishes, shown on the board's approved cards; absent without the scheduling feature. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile shelf.api.schedule.PublishSchedule schedule;

    /** A video's facts from its header, for the product page; absent without the images feature. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile shelf.api.media.MediaInspector inspector;

    private Server server;
    Path home;
    MediaRoots mediaRoots;

    @Activate
    void activate(BundleContext context, WebConfig config) throws Exception {
        String h = context.getProperty("shelf.home");
        home = Path.of(h == null ? System.getProperty("user.home") + "/.shelf" : h);
        mediaRoots = MediaRoots.parse(context.getProperty(MediaRoots.PROPERTY));
        Sessions sessions = new Sessions(Duration.ofMinutes(Math.max(1, config.idleMinutes())), System::currentTimeMillis);

        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("shelf-web");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        if (config.behindProxy()) {
            // only when asked: a browser reaching Jetty directly could otherwise claim any address and scheme
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector connector;
        if (config.keystore().isBlank()) {
            connector = new ServerConnector(server, new HttpConnectionFactory(http));
        } else {
            // a team reaches it by IP address or by a name the certificate may not carry: no SNI host check
            http.addCustomizer(new SecureRequestCustomizer(false));
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(home.resolve("etc").resolve(config.keystore()).toString());
            tls.setKeyStorePassword(config.keystorePassword());
            connector = new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"),
                    new HttpConnectionFactory(http));
        }
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        server.setHandler(new Router(this, sessions));
        // Jetty finds its own classes through the context loader while starting
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            server.start();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        if (server != null) {
            server.stop();
        }
    }
}
