package shelf.api.schedule;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import shelf.api.publish.PublishException;
import shelf.api.publish.PublishRequest;
import shelf.api.security.Subject;

/**
 * Publishes at set times. A scheduled publish is stored before this returns and fires within a second of
 * its time; one whose time passed while the runtime was down fires when it starts again. Publish windows
 * (SHELF_HOME/etc/publish-windows.json) hold the products of some categories back until their window
 * opens.
 *
 * <p>Each method takes the caller and checks the command ACL and the caller's data scope itself, as
 * {@link shelf.api.publish.PublishService} does. A schedule is in a caller's scope when the caller made it or
 * every merchant whose products it names is in the scope. A scheduled publish fires as the user who made it,
 * with that user's roles and scope at the time it fires; a user who is gone or disabled by then makes it fail.
 */
@ProviderType
public interface PublishSchedule {

    /** Stores a publish to run at {@code at}. */
    ScheduledPublish schedule(Subject by, PublishRequest request, Instant at, String reason) throws PublishException;

    /**
     * Publishes now what may go now, and schedules the products of categories whose publish window is closed
     * for the moment their window next opens.
     */
    WindowedPublish publishInWindows(Subject by, PublishRequest request) throws PublishException;

    /** Pending schedules in the caller's scope, soonest first, then (with {@code all}) the ones that fired, failed or were cancelled. */
    List<ScheduledPublish> list(Subject by, boolean all) throws PublishException;

    /** Cancels a pending schedule. */
    ScheduledPublish cancel(Subject by, long id) throws PublishException;
}
