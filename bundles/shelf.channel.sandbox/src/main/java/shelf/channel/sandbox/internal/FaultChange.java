package shelf.channel.sandbox.internal;

import shelf.channel.sandbox.kit.FaultPlan;

/** What sandbox:faults changes: each value null when not given, so the others stay as they were. */
record FaultChange(Double timeout, Double lostResponse, Double busy, Integer qps, Integer latencyMs, Integer tokenTtlSeconds,
        boolean clear) {

    FaultPlan applyTo(FaultPlan plan) {
        FaultPlan base = clear ? FaultPlan.NONE : plan;
        return new FaultPlan(timeout != null ? timeout : base.timeout(), lostResponse != null ? lostResponse : base.lostResponse(),
                busy != null ? busy : base.busy(), qps != null ? qps : base.qps(),
                latencyMs != null ? latencyMs : base.latencyMs(), tokenTtlSeconds != null ? tokenTtlSeconds : base.tokenTtlSeconds());
    }

    /** "10%" or "0.1" → 0.1; "" → null. */
    static Double probability(String option, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return text.endsWith("%") ? Double.parseDouble(text.substring(0, text.length() - 1)) / 100 : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a probability — write 0.1 or 10%");
        }
    }

    /** "50" → 50; "" → null. */
    static Integer whole(String option, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " '" + text + "' is not a whole number");
        }
    }
}
