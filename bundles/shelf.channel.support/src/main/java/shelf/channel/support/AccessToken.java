package shelf.channel.support;

import java.time.Clock;
import java.time.Instant;

import com.google.gson.JsonObject;

/**
 * An access token with the time it expires and the refresh token that renews it (empty where the
 * platform renews from the app credentials alone).
 */
public record AccessToken(Secret value, Instant expiresAt, Secret refreshToken) {

    /** Whether it expires within the margin (refreshing a little early avoids a failed call). */
    public boolean expiresWithin(Instant now, long marginSeconds) {
        return expiresAt.minusSeconds(marginSeconds).isBefore(now);
    }

    /** The token configured for the shop (an OAuth grant), or null when it is to be obtained on first use. */
    public static AccessToken configured(ChannelSettings settings, Clock clock) {
        return settings.accessToken().isEmpty() ? null
                : new AccessToken(settings.accessToken(), clock.instant().plusSeconds(365L * 86400), settings.refreshToken());
    }

    /** The refresh token to renew with: the previous token's, else the configured one (may be empty). */
    public static Secret refreshToken(AccessToken previous, ChannelSettings settings) {
        return previous != null && !previous.refreshToken().isEmpty() ? previous.refreshToken() : settings.refreshToken();
    }

    /**
     * A token from a platform's answer with access_token, expires_in (seconds; {@code expiresKey} names it
     * where the platform spells it otherwise) and, where it rotates them, refresh_token.
     */
    public static AccessToken fromAnswer(JsonObject answer, String expiresKey, Secret previousRefresh, Clock clock) {
        String expiresIn = Json.text(answer, expiresKey);
        String renewed = Json.text(answer, "refresh_token");
        return new AccessToken(Secret.of(Json.text(answer, "access_token")),
                clock.instant().plusSeconds(expiresIn.isEmpty() ? 7200 : Long.parseLong(expiresIn)),
                renewed.isEmpty() ? previousRefresh : Secret.of(renewed));
    }

    @Override
    public String toString() {
        return "AccessToken[expires " + expiresAt + "]";
    }
}
