package shelf.channel.sandbox.internal;

import shelf.channel.testkit.PlatformDouble;
import shelf.channel.sandbox.kit.FaultPlan;

/** One simulated marketplace of the sandbox as the channel contract kit's platform double. */
final class SandboxPlatform implements PlatformDouble {
    private final Marketplace market;

    SandboxPlatform(Sandbox sandbox, String channel) {
        this.market = sandbox.market(channel);
    }

    @Override
    public int listingsWithOuterId(String outerId) {
        return market.store.byOuterId(outerId).size();
    }

    @Override
    public int tokensIssued() {
        return market.tokens.issued();
    }

    @Override
    public void loseAnswers() {
        FaultPlan faults = market.faults;
        market.faults = new FaultPlan(0, 1, 0, 0, 0, faults.tokenTtlSeconds());
    }

    @Override
    public void expireTokens() {
        market.tokens.expireAll();
    }

    @Override
    public void throttle() {
        market.throttled = true;
    }

    @Override
    public void clearFaults() {
        market.faults = FaultPlan.NONE;
        market.throttled = false;
    }
}
