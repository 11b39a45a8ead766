package shelf.channel.testkit;

/**
 * The platform double a channel adapter is tested against — a simulator of the marketplace's open API that
 * the adapter reaches the way it reaches the real platform (HTTP on 127.0.0.1, say) — seen from the
 * platform's side: what it holds, and the faults the contract tests make it inject. The adapter under test
 * must not know the faults are coming; only the platform's answers change.
 */
public interface PlatformDouble {

    /**
     * How many listings the platform's shop holds with this outer id (商家编码), counted on the platform
     * itself, not through the adapter. More than one is a duplicate listing.
     */
    int listingsWithOuterId(String outerId);

    /**
     * How many access tokens the platform has issued so far, by app credentials or by refresh token. A
     * platform that takes no token cannot pass the token scenario: override
     * {@link ChannelContract#anExpiredTokenIsRefreshedOnceAndTheCallCarriedOut()} in your test class with
     * {@code @Test @Disabled("…the reason…")}.
     */
    int tokensIssued();

    /**
     * Until {@link #clearFaults}, the platform carries every request out and then never answers it: it
     * drops the connection (or holds it past the adapter's time-out) after doing the work.
     */
    void loseAnswers();

    /**
     * Every access token issued so far is no longer accepted: the platform answers the next request that
     * carries one with its token-expired error. Tokens issued afterwards are good.
     */
    void expireTokens();

    /** Until {@link #clearFaults}, the platform answers every request with its rate-limit (throttled) error. */
    void throttle();

    /** The platform answers normally again. Called after every contract test. */
    void clearFaults();
}
