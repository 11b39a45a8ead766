package shelf.publish.internal;

import java.nio.file.Files;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import shelf.api.publish.PublishService;
import shelf.api.runtime.ShelfHome;

/**
 * Brings the publishing engine up at start when jobs were left waiting (the pending marker is there), so
 * they resume after a stop or a kill -9 with nobody typing a command. The engine is a delayed component: a
 * start with nothing to publish does not open the catalogue. The engine's service is referenced by its
 * ServiceReference only, which does not activate it; getting the service does, once it is registered.
 */
@Component(immediate = true, service = {})
public class PublishResumer {
    private BundleContext context;
    private boolean pending;
    private ServiceReference<PublishService> held;

    @Activate
    synchronized void activate(BundleContext context) {
        this.context = context;
        // on PostgreSQL other nodes may have queued jobs: every node works from its start (see ClusterNode)
        pending = Files.exists(PendingMarker.in(ShelfHome.of(context)))
                || Files.exists(ShelfHome.of(context).resolve("etc").resolve("database.properties"));
        if (held != null) {
            resume(held);
        }
    }

    @Reference(service = PublishService.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    synchronized void setPublishing(ServiceReference<PublishService> reference) {
        held = reference;
        if (context != null) {
            resume(reference);
        }
    }

    synchronized void unsetPublishing(ServiceReference<PublishService> reference) {
        if (reference.equals(held)) {
            held = null;
        }
    }

    private void resume(ServiceReference<PublishService> reference) {
        if (!pending) {
            return;
        }
        pending = false;
        // off the SCR thread: activating the engine opens the catalogue and starts its workers
        Thread thread = new Thread(() -> {
            try {
                context.getService(reference); // kept: the engine stays active (ds.delayed.keepInstances)
            } catch (IllegalStateException stopping) {
                // the framework is stopping
            }
        }, "shelf-publish-resume");
        thread.setDaemon(true);
        thread.start();
    }

    @Deactivate
    synchronized void deactivate() {
        context = null;
    }
}
