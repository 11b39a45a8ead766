package shelf.channel.sandbox.internal;

import java.io.IOException;
import java.io.Reader;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import shelf.channel.support.ChannelSettings;
import shelf.channel.support.SandboxAddress;
import shelf.channel.sandbox.kit.ReviewDesk;
import shelf.channel.sandbox.kit.SandboxCredentials;

/**
 * The local marketplace simulators as a service: starts the server on activation (port from PID
 * shelf.channel.sandbox, or SHELF_HOME/etc/channels/sandbox.properties; 0 = any free port) and holds the
 * operations of the sandbox commands.
 */
@Component(service = {SandboxAddress.class, Sandbox.class}, configurationPid = "shelf.channel.sandbox", immediate = true)
@Designate(ocd = Sandbox.Config.class)
public class Sandbox implements SandboxAddress {
    private static final System.Logger LOG = System.getLogger(Sandbox.class.getName());
    static final List<String> CHANNELS = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");

    @ObjectClassDefinition(name = "Shelf marketplace sandbox")
    public @interface Config {
        @AttributeDefinition(description = "TCP port on 127.0.0.1; 0 picks any free port (sandbox:status shows it)")
        int port() default 18480;

        @AttributeDefinition(description = "worker threads answering requests")
        int threads() default 8;

        @AttributeDefinition(description = "reads of its review state a submitted listing stays in review (Douyin, Pinduoduo, WeChat)")
        int reviewReads() default 0;

        @AttributeDefinition(description = "a listing whose title contains this is rejected by the review, with a reason naming it")
        String rejectMarker() default ReviewDesk.DEFAULT_MARKER;
    }

    private SandboxServer server;

    @Activate
    void activate(Config config, BundleContext context) throws IOException {
        String home = context == null ? null : context.getProperty("shelf.home");
        int port = port(config.port(), home == null ? null : ChannelSettings.file(Path.of(home), "sandbox"));
        server = new SandboxServer(port, config.threads(), List.of(new WeidianApi(), new TaobaoApi(), new PinduoduoApi(),
                new DouyinApi(), new WechatApi()), SandboxCredentials.DEFAULT,
                home == null ? null : Path.of(home, "data", "sandbox"));
        for (Marketplace market : server.markets().values()) {
            market.reviews.readsInReview = Math.max(0, config.reviewReads());
            market.reviews.rejectMarker = config.rejectMarker();
        }
        LOG.log(Level.INFO, "marketplace sandbox listening on {0}", server.base());
    }

    /** The configured port, unless etc/channels/sandbox.properties names another. */
    static int port(int configured, Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return configured;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String port = properties.getProperty("port", String.valueOf(configured)).trim();
        try {
            return Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": port '" + port + "' is not a number (0 = any free port)");
        }
    }

    @Deactivate
    void deactivate() {
        server.stop();
    }

    @Override
    public URI base() {
        return server.base();
    }

    Marketplace market(String channel) {
        Marketplace market = server.markets().get(channel);
        if (market == null) {
            throw new IllegalArgumentException("no sandbox channel '" + channel + "' — use one of " + String.join(", ", CHANNELS));
        }
        return market;
    }

    /** The markets a command names: one channel, or "all". */
    List<Marketplace> markets(String channel) {
        if (channel.equals("all")) {
            return new ArrayList<>(server.markets().values());
        }
        return List.of(market(channel));
    }

    void change(String channel, FaultChange change, boolean expireTokens) {
        for (Marketplace market : markets(channel)) {
            market.faults = change.applyTo(market.faults);
            if (expireTokens) {
                market.tokens.expireAll();
            }
        }
    }

    /** Clears every listing, fault, token and counter; returns how many listings there were. */
    int reset() {
        int removed = 0;
        for (Marketplace market : server.markets().values()) {
            removed += market.store.count();
            market.reset();
        }
        return removed;
    }
}
