package shelf.api.channel;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A channel's rate limit as the publishing engine keeps it: whoever sends a request to the platform passes
 * through the gate first, and the gate lets callers through no faster than the platform allows.
 */
@ProviderType
@FunctionalInterface
public interface CallGate {
    /** Waits until the next request may go out. */
    void enter() throws InterruptedException;
}
