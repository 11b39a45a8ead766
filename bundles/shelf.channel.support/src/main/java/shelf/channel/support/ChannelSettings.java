package shelf.channel.support;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * One adapter's settings: its Configuration Admin values, overridden by SHELF_HOME/etc/channels/
 * {@code <id>.properties} where that file exists — so pointing a channel at the real platform is an edit
 * of one file in etc/. {@link #toString()} shows the endpoint and app key, never a secret.
 */
public record ChannelSettings(String channel, String endpoint, String appKey, Secret appSecret, Secret accessToken,
        Secret refreshToken, String shopId, String signMethod, Duration timeout, Duration connectTimeout) {

    /**
     * The settings of {@code channel}: the configuration, then the etc/ file of {@code home} (may be null).
     * The secrets of a file others may read are left out ({@link #refusal}): the configuration's stand.
     */
    public static ChannelSettings of(String channel, ChannelConfig config, Path home) {
        Path path = home == null ? null : file(home, channel);
        Properties file = read(path);
        if (path != null && refusal(home, channel).isPresent()) {
            SECRETS.forEach(file::remove);
        }
        return new ChannelSettings(channel, value(file, "endpoint", config.endpoint()), value(file, "appKey", config.appKey()),
                Secret.of(value(file, "appSecret", config._appSecret())), Secret.of(value(file, "accessToken", config._accessToken())),
                Secret.of(value(file, "refreshToken", config._refreshToken())), value(file, "shopId", config.shopId()),
                value(file, "signMethod", config.signMethod()),
                Duration.ofMillis(Long.parseLong(value(file, "timeoutMs", String.valueOf(config.timeoutMs())))),
                Duration.ofMillis(Long.parseLong(value(file, "connectTimeoutMs", String.valueOf(config.connectTimeoutMs())))));
    }

    /**
     * What is wrong with the settings of {@code channel}, each with the file, line and what may be written
     * there: an unknown setting (with the nearest known name), a signing method the platform does not offer,
     * a number that is not one. An adapter with problems sends nothing — it does not run on defaults — and
     * says why in channel:status.
     *
     * @param home SHELF_HOME, or null when there is none (then only the configuration is checked)
     * @param signMethods the signing methods the platform offers, its default first; empty when it offers no
     *     choice
     * @since 1.4
     */
    public static List<String> problems(String channel, ChannelConfig config, Path home, List<String> signMethods) {
        List<String> problems = new java.util.ArrayList<>();
        SettingsCheck.configuredSignMethod(channel, config.signMethod(), signMethods).ifPresent(problems::add);
        problems.addAll(SettingsCheck.configuredTimeouts(channel, config.timeoutMs(), config.connectTimeoutMs()));
        if (home != null) {
            problems.addAll(SettingsCheck.problems(home, channel, signMethods));
        }
        return problems;
    }

    /**
     * How long a create or update follows the platform's review: reviewWaitMs of the etc/ file, else of the
     * configuration.
     *
     * @since 1.4
     */
    public static Duration reviewWait(String channel, ChannelConfig config, Path home) {
        Properties file = read(home == null ? null : file(home, channel));
        return Duration.ofMillis(Math.max(0, Long.parseLong(value(file, "reviewWaitMs", String.valueOf(config.reviewWaitMs())))));
    }

    /**
     * Why the secrets of SHELF_HOME/etc/channels/{@code <channel>.properties} are not used, as ssh refuses a
     * private key others can read: the file holds appSecret, accessToken or refreshToken, and its group or
     * others may read or change it. Empty when there is no such file, it holds no secret, or it is private.
     *
     * @since 1.2
     */
    public static Optional<String> refusal(Path home, String channel) {
        Path path = file(home, channel);
        if (!Files.isRegularFile(path) || !path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        Set<PosixFilePermission> mode;
        try {
            mode = Files.getPosixFilePermissions(path);
        } catch (IOException e) {
            return Optional.empty(); // reading it fails next, with its own message
        }
        Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        mode.stream().filter(OPEN::contains).forEach(open::add);
        if (open.isEmpty() || SECRETS.stream().noneMatch(read(path)::containsKey)) {
            return Optional.empty();
        }
        boolean readable = open.contains(PosixFilePermission.GROUP_READ) || open.contains(PosixFilePermission.OTHERS_READ);
        return Optional.of("etc/channels/" + channel + ".properties can be " + (readable ? "read" : "changed")
                + " by others (mode " + octal(mode) + "): run chmod 600 " + path.toAbsolutePath()
                + " and restart Shelf — its secrets are not used until then");
    }

    private static Properties read(Path path) {
        Properties file = new Properties();
        if (path != null && Files.isRegularFile(path)) {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException(path + ": cannot be read — " + e.getMessage(), e);
            }
        }
        return file;
    }

    /** "0644". */
    private static String octal(Set<PosixFilePermission> mode) {
        int bits = 0;
        for (PosixFilePermission permission : mode) {
            bits |= 1 << (8 - permission.ordinal());
        }
        return String.format("%04o", bits);
    }

    /** SHELF_HOME/etc/channels/{@code <channel>.properties}. */
    public static Path file(Path home, String channel) {
        return home.resolve("etc").resolve("channels").resolve(channel + ".properties");
    }

    private static final List<String> SECRETS = List.of("appSecret", "accessToken", "refreshToken");
    /** What only the owner of a secrets file may do. */
    private static final Set<PosixFilePermission> OPEN = EnumSet.complementOf(EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));

    private static String value(Properties file, String key, String configured) {
        String value = file.getProperty(key);
        return value == null ? configured : value.trim();
    }

    /** Whether requests go to the local sandbox. */
    public boolean sandbox() {
        return SandboxAddress.ENDPOINT.equals(endpoint);
    }

    /**
     * The root the platform's paths are resolved against: the configured gateway, or the sandbox's
     * {@code /<channel>} when the endpoint is "sandbox".
     */
    public URI root(SandboxAddress sandbox) throws ChannelException {
        if (!sandbox()) {
            return URI.create(endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint);
        }
        if (sandbox == null) {
            throw new ChannelException(Kind.BUSY, "", sandboxMissing());
        }
        return URI.create(sandbox.base() + "/" + channel);
    }

    /** The channel is configured for the sandbox, and none runs: what to do about it. */
    String sandboxMissing() {
        return channel + " is configured for the sandbox, which is not running — install the channels feature or set"
                + " endpoint in etc/channels/" + channel + ".properties";
    }

    /**
     * What an operator may see of how the adapter signs in: "app key 12345678, secret (set)", and the signing
     * method where the platform offers a choice ("signed with md5 (the default)"). Never a secret.
     *
     * @param signMethods as for {@link #problems}
     * @since 1.4
     */
    public String credentials(List<String> signMethods) {
        String text = "app key " + (appKey.isEmpty() ? "(not set)" : appKey) + ", secret " + appSecret;
        if (signMethods.isEmpty()) {
            return text;
        }
        return text + ", signed with " + (signMethod.isEmpty() ? signMethods.get(0) + " (the default)" : signMethod);
    }

    /** What an operator may see: "sandbox" or the gateway, and the app key. */
    @Override
    public String toString() {
        return channel + " → " + endpoint + " (app key " + appKey + ", secret " + appSecret + ")";
    }
}
