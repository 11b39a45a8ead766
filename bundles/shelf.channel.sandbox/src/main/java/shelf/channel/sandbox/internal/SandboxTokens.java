package shelf.channel.sandbox.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens one simulated platform issued, with their expiry. The sandbox's refresh token is
 * always good, as a shop's grant is; {@link #expireAll} is the token-expiry fault.
 */
final class SandboxTokens {
    static final String REFRESH_TOKEN = "sandbox-refresh";
    private final Map<String, Long> expiry = new ConcurrentHashMap<>();
    private final String channel;

    SandboxTokens(String channel) {
        this.channel = channel;
    }

    String issue(int ttlSeconds, long nowMillis) {
        String token = "sbx-" + channel + "-" + UUID.randomUUID().toString().replace("-", "");
        expiry.put(token, nowMillis + ttlSeconds * 1000L);
        return token;
    }

    boolean valid(String token, long nowMillis) {
        Long until = token == null ? null : expiry.get(token);
        return until != null && until > nowMillis;
    }

    /** How many tokens were issued since the last clear. */
    int issued() {
        return expiry.size();
    }

    void expireAll() {
        expiry.replaceAll((token, until) -> 0L);
    }

    void clear() {
        expiry.clear();
    }
}
