package shelf.api.schedule;

import java.util.List;

import shelf.api.publish.PublishReport;

/**
 * What a publish that respects the publish windows did.
 *
 * @param now what was published at once, or {@code null} when every product waits for its window
 * @param deferred the schedules made for products whose window is closed, one per window opening
 */
public record WindowedPublish(PublishReport now, List<ScheduledPublish> deferred) {

    public WindowedPublish {
        deferred = List.copyOf(deferred);
    }
}
