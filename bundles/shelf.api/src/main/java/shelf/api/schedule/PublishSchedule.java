package shelf.api.schedule;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.publish.PublishException;
import shelf.api.publish.PublishRequest;

/**
 * Publishes at set times. A scheduled publish is stored before this returns and fires within a second of
 * its time; one whose time passed while the runtime was down fires when it starts again. Publish windows
 * (SHELF_HOME/etc/publish-windows.json) hold the products of some categories back until their window
 * opens.
 */
@ProviderType
public interface PublishSchedule {

    /** Stores a publish to run at {@code at}. */
    ScheduledPublish schedule(PublishRequest request, Instant at, String reason) throws PublishException;

    /**
     * Publishes now what may go now, and schedules the products of categories whose publish window is closed
     * for the moment their window next opens.
     */
    WindowedPublish publishInWindows(PublishRequest request) throws PublishException;

    /** Pending schedules, soonest first, then (with {@code all}) the ones that fired, failed or were cancelled. */
    List<ScheduledPublish> list(boolean all) throws PublishException;

    /** Cancels a pending schedule. */
    ScheduledPublish cancel(long id) throws PublishException;
}
