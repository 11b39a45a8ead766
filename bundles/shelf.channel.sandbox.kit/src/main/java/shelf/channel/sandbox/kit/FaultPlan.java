package shelf.channel.sandbox.kit;

/**
 * The faults a simulated platform injects: probabilities (0–1) that a request times out (is dropped
 * unanswered and not carried out), loses its response (is carried out, but the answer never arrives) or
 * meets a system-busy error; a QPS above which requests are throttled (0 = no limit); a latency added to
 * every answer; and how long issued access tokens live.
 */
public record FaultPlan(double timeout, double lostResponse, double busy, int qps, int latencyMs, int tokenTtlSeconds) {
    public static final FaultPlan NONE = new FaultPlan(0, 0, 0, 0, 0, 7200);

    public FaultPlan {
        check("timeout", timeout);
        check("lost-response", lostResponse);
        check("busy", busy);
        if (qps < 0 || latencyMs < 0 || tokenTtlSeconds <= 0) {
            throw new IllegalArgumentException("--qps and --latency must be 0 or more, --token-ttl above 0");
        }
    }

    private static void check(String name, double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("--" + name + " " + p + " is not a probability — write 0.1 or 10%");
        }
    }

    /** "timeout 10%, lost 10%, busy 10%, qps 50, latency 0 ms, tokens 7200 s" or "none". */
    public String describe() {
        if (equals(NONE)) {
            return "none";
        }
        return "timeout " + percent(timeout) + ", lost " + percent(lostResponse) + ", busy " + percent(busy) + ", qps "
                + (qps == 0 ? "unlimited" : qps) + ", latency " + latencyMs + " ms, tokens " + tokenTtlSeconds + " s";
    }

    private static String percent(double p) {
        double value = p * 100;
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) + "%";
    }
}
