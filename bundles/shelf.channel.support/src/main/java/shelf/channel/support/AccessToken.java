package shelf.channel.support;

import java.time.Instant;

/**
 * An access token with the time it expires and the refresh token that renews it (empty where the
 * platform renews from the app credentials alone).
 */
public record AccessToken(Secret value, Instant expiresAt, Secret refreshToken) {

    /** Whether it expires within the margin (refreshing a little early avoids a failed call). */
    public boolean expiresWithin(Instant now, long marginSeconds) {
        return expiresAt.minusSeconds(marginSeconds).isBefore(now);
    }

    @Override
    public String toString() {
        return "AccessToken[expires " + expiresAt + "]";
    }
}
