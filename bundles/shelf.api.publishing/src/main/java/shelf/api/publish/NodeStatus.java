package shelf.api.publish;

import java.time.Instant;
import java.util.Map;

/**
 * One Shelf process working on the catalogue's publishing jobs (a node of the cluster), as {@code cluster:status}
 * shows it.
 *
 * @param id the node's id: its host and SHELF_HOME
 * @param self whether it is the node answering
 * @param live whether it was seen within the last few heartbeats
 * @param startedAt when it joined
 * @param seenAt its last heartbeat
 * @param holds the jobs it holds claimed (running), by channel
 * @since 2.3
 */
public record NodeStatus(String id, boolean self, boolean live, Instant startedAt, Instant seenAt, Map<String, Long> holds) {
    public NodeStatus {
        holds = Map.copyOf(holds);
    }

    /** Jobs held on all channels. */
    public long held() {
        return holds.values().stream().mapToLong(Long::longValue).sum();
    }
}
