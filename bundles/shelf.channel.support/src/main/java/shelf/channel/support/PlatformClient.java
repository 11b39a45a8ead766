package shelf.channel.support;

import java.net.URI;
import java.time.Clock;

import shelf.api.channel.ChannelException;

/**
 * What each platform's request envelope needs: the settings, HTTP, where the platform is (resolved per
 * call, since the sandbox may move) and the shop's access token, which a subclass knows how to obtain.
 */
public abstract class PlatformClient {
    /** The root URI the platform's paths are resolved against. */
    @FunctionalInterface
    public interface Root {
        URI uri() throws ChannelException;
    }

    protected final ChannelSettings settings;
    protected final PlatformHttp http;
    protected final Root root;
    protected final Clock clock;
    protected final AccessTokens tokens;

    protected PlatformClient(ChannelSettings settings, PlatformHttp http, Root root, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.root = root;
        this.clock = clock;
        this.tokens = new AccessTokens(this::issue, AccessToken.configured(settings, clock), clock);
    }

    /** A new access token, from the previous one's refresh token or from the app credentials. */
    protected abstract AccessToken issue(AccessToken previous) throws ChannelException;
}
