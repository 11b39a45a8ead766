package shelf.publish.internal;

import java.time.Duration;

import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.publish.ChannelCheck;

/** channel:check: the adapter's harmless read, and what its outcome means for the operator. */
final class ChannelChecks {
    private ChannelChecks() {}

    static ChannelCheck of(String channel, ChannelAdapter adapter) {
        String endpoint = safely(adapter::endpoint);
        String unavailable = ChannelWorker.unavailable(adapter);
        if (!unavailable.isEmpty()) {
            return new ChannelCheck(channel, endpoint, false, "not sent: " + unavailable, Duration.ZERO);
        }
        long began = System.nanoTime();
        try {
            String read = adapter.check();
            return new ChannelCheck(channel, endpoint, true, "the platform took the settings; " + read, since(began));
        } catch (ChannelException e) {
            String code = e.platformCode() == null || e.platformCode().isEmpty() ? "" : " [" + e.platformCode() + "]";
            return new ChannelCheck(channel, endpoint, false, meaning(e.kind()) + code + ": " + e.getMessage(), since(began));
        } catch (RuntimeException | LinkageError e) {
            return new ChannelCheck(channel, endpoint, false, "the adapter failed before the platform answered: " + e,
                    since(began));
        }
    }

    /** What a kind of failure says about the settings, in an operator's words. */
    static String meaning(ChannelException.Kind kind) {
        return switch (kind) {
            case BAD_CREDENTIALS -> "the platform refused the app key or secret — check appKey and appSecret";
            case TOKEN_EXPIRED -> "the platform refused the access token, and renewing it failed — check accessToken"
                    + " and refreshToken, or authorise the app again";
            case RATE_LIMITED -> "the platform answered but is limiting calls now — the settings work; try again later";
            case BUSY -> "the platform is busy or could not be reached — check endpoint and the network";
            case UNKNOWN_OUTCOME -> "no answer in time — check endpoint and the network, or raise timeoutMs";
            default -> "the platform refused the read";
        };
    }

    private static Duration since(long began) {
        return Duration.ofNanos(System.nanoTime() - began);
    }

    private static String safely(java.util.function.Supplier<String> text) {
        try {
            String value = text.get();
            return value == null ? "" : value;
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
