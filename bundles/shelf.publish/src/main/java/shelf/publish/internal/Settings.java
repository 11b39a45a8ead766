package shelf.publish.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * How the workers behave, from the configuration "shelf.publish".
 *
 * @param qps calls per second per channel unless {@code channelQps} names the channel; 0: no limit
 * @param channelQps calls per second of particular channels
 * @param concurrency calls in flight at once per channel
 */
record Settings(double qps, Map<String, Double> channelQps, int concurrency, int maxAttempts, long backoffBaseMillis,
        long backoffCapMillis, int breakerFailures, long breakerOpenMillis, long leaseMillis) {

    static Settings defaults() {
        return new Settings(50, Map.of(), 8, 30, 200, 30_000, 100, 5_000, 30_000);
    }

    Settings(double qps, Map<String, Double> channelQps, int concurrency, int maxAttempts, long backoffBaseMillis,
            long backoffCapMillis, int breakerFailures, long breakerOpenMillis) {
        this(qps, channelQps, concurrency, maxAttempts, backoffBaseMillis, backoffCapMillis, breakerFailures,
                breakerOpenMillis, 30_000);
    }

    Settings {
        channelQps = Map.copyOf(channelQps);
        concurrency = Math.max(1, concurrency);
        maxAttempts = Math.max(1, maxAttempts);
        leaseMillis = Math.max(3 * ClusterNode.HEARTBEAT_MILLIS, leaseMillis);
    }

    double qps(String channel) {
        return channelQps.getOrDefault(channel, qps);
    }

    /** "taobao=20" entries; an entry that is not one is named in the exception. */
    static Map<String, Double> parseQps(String[] entries) {
        Map<String, Double> qps = new HashMap<>();
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            try {
                qps.put(entry.substring(0, eq).strip(), Double.parseDouble(entry.substring(eq + 1).strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("shelf.publish channelQps: '" + entry + "' is not channel=calls per second, "
                        + "e.g. taobao=20", e);
            }
        }
        return qps;
    }
}
