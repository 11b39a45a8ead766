package shelf.publish.internal;

/**
 * The outcomes of a channel's latest calls since Shelf started, the newest {@code size} of them: the
 * window both the health and the success rate beside it are judged over, so "degraded — 26 failures in a
 * row" never stands beside a success rate of 100%.
 */
final class CallWindow {
    private final boolean[] succeeded;
    private int next;
    private int count;
    private int successes;

    CallWindow(int size) {
        succeeded = new boolean[Math.max(1, size)];
    }

    /** One call's outcome: whether it did what it was asked (a refusal or a throttled call did not). */
    synchronized void record(boolean success) {
        if (count == succeeded.length) {
            successes -= succeeded[next] ? 1 : 0;
        } else {
            count++;
        }
        succeeded[next] = success;
        successes += success ? 1 : 0;
        next = (next + 1) % succeeded.length;
    }

    /** How many calls the window holds. */
    synchronized int calls() {
        return count;
    }

    /** The share of them that succeeded, 0–1; 0 when there were none. */
    synchronized double successRate() {
        return count == 0 ? 0 : (double) successes / count;
    }
}
