package shelf.channel.support;

import java.time.Clock;
import java.time.Instant;

import shelf.api.channel.ChannelException;

/**
 * The access token of one shop, shared by every thread of an adapter. A token about to expire is renewed
 * before use; a token the platform rejected is renewed once, however many threads saw the rejection at the
 * same moment, so a burst of calls does not become a burst of refreshes.
 */
public final class AccessTokens {
    private static final long MARGIN_SECONDS = 60;

    /** Obtains a new token: from the refresh token of the previous one, or from the app credentials. */
    @FunctionalInterface
    public interface Issuer {
        AccessToken issue(AccessToken previous) throws ChannelException;
    }

    /** A platform call made with an access token. */
    @FunctionalInterface
    public interface Call<T> {
        T with(String token) throws ChannelException;
    }

    private final Issuer issuer;
    private final Clock clock;
    private AccessToken current;

    /** @param initial a configured token to start with, or {@code null} to obtain one on first use */
    public AccessTokens(Issuer issuer, AccessToken initial, Clock clock) {
        this.issuer = issuer;
        this.current = initial;
        this.clock = clock;
    }

    /** The token to send now. */
    public synchronized String current() throws ChannelException {
        Instant now = clock.instant();
        if (current == null || current.value().isEmpty() || current.expiresWithin(now, MARGIN_SECONDS)) {
            current = issuer.issue(current);
        }
        return current.value().reveal();
    }

    /** Renews the token after the platform rejected {@code rejected}; returns the token to retry with. */
    public synchronized String renewAfterRejection(String rejected) throws ChannelException {
        if (current != null && !current.value().reveal().equals(rejected)) {
            return current.value().reveal();
        }
        current = issuer.issue(current);
        return current.value().reveal();
    }

    /**
     * Makes the call with the current token; when the platform says the token expired, renews it once and
     * calls again. A second expiry is the platform's answer and is thrown.
     */
    public <T> T call(Call<T> call) throws ChannelException {
        String token = current();
        try {
            return call.with(token);
        } catch (ChannelException e) {
            if (e.kind() != ChannelException.Kind.TOKEN_EXPIRED) {
                throw e;
            }
            return call.with(renewAfterRejection(token));
        }
    }
}
