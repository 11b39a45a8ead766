package shelf.remote.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Where the SSH server listens and how long an idle session stays open: SHELF_HOME/etc/ssh.properties,
 * each line optional — {@code host=127.0.0.1}, {@code port=8101} (as Karaf's), {@code idleMinutes=30}.
 */
record SshSettings(String host, int port, Duration idleTimeout) {
    static final String FILE = "ssh.properties";
    static final SshSettings DEFAULT = new SshSettings("127.0.0.1", 8101, Duration.ofMinutes(30));

    /** @throws IllegalArgumentException a value is wrong; the message names the file, the line and the fix */
    static SshSettings read(Path etc) throws IOException {
        Path file = etc.resolve(FILE);
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String host = properties.getProperty("host", DEFAULT.host()).strip();
        int port = number(file, properties, "port", DEFAULT.port(), 0, 65535);
        int idle = number(file, properties, "idleMinutes", (int) DEFAULT.idleTimeout().toMinutes(), 1, 24 * 60);
        return new SshSettings(host.isEmpty() ? DEFAULT.host() : host, port, Duration.ofMinutes(idle));
    }

    private static int number(Path file, Properties properties, String name, int fallback, int min, int max) {
        String text = properties.getProperty(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(file + ": " + name + "=" + text.strip() + " is not a number from " + min
                + " to " + max + " — write, say, " + name + "=" + fallback);
    }
}
