package shelf.channel.sandbox.kit;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The access tokens one simulated platform issued, with their expiry. The sandbox's refresh token is
 * always good, as a shop's grant is; {@link #expireAll} is the token-expiry fault.
 */
public final class SandboxTokens {
    public static final String REFRESH_TOKEN = "sandbox-refresh";
    private final Map<String, Long> expiry = new ConcurrentHashMap<>();
    private final String channel;

    public SandboxTokens(String channel) {
        this.channel = channel;
    }

    public String issue(int ttlSeconds, long nowMillis) {
        String token = "sbx-" + channel + "-" + UUID.randomUUID().toString().replace("-", "");
        expiry.put(token, nowMillis + ttlSeconds * 1000L);
        return token;
    }

    public boolean valid(String token, long nowMillis) {
        Long until = token == null ? null : expiry.get(token);
        return until != null && until > nowMillis;
    }

    /** How many tokens were issued since the last clear. */
    public int issued() {
        return expiry.size();
    }

    public void expireAll() {
        expiry.replaceAll((token, until) -> 0L);
    }

    public void clear() {
        expiry.clear();
    }
}
