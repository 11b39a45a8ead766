package shelf.core.internal.publish;

import java.nio.file.Files;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import shelf.api.publish.PublishService;
import shelf.core.internal.framework.ShelfProperties;

/**
 * Brings the publishing engine up at start when jobs were left waiting (the pending marker is there), so
 * they resume after a stop or a kill -9 with nobody typing a command. The engine is a delayed component:
 * a start with nothing to publish does not open the catalogue.
 */
@Component(immediate = true, service = {})
public class PublishResumer {
    private BundleContext context;
    private ServiceReference<PublishService> held;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        if (!Files.exists(PendingMarker.in(new ShelfProperties(context).home()))) {
            return;
        }
        Thread thread = new Thread(this::resume, "shelf-publish-resume");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized void resume() {
        ServiceReference<PublishService> reference = context.getServiceReference(PublishService.class);
        if (reference != null && context.getService(reference) != null) {
            held = reference; // getting it activated the engine; it keeps running (ds.delayed.keepInstances)
        }
    }

    @Deactivate
    synchronized void deactivate() {
        if (held != null) {
            try {
                context.ungetService(held);
            } catch (IllegalStateException stopping) {
                // the bundle is stopping: its services are released anyway
            }
        }
    }
}
