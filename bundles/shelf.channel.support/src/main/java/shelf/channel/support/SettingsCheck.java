package shelf.channel.support;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What is wrong with one adapter's settings file, SHELF_HOME/etc/channels/{@code <id>.properties}, line by
 * line: a setting no adapter knows (with the nearest known name, for a typo), a signing method the platform
 * does not offer, a number that is not one, an endpoint that is neither "sandbox" nor a web address, the
 * same setting twice. Each problem names the file, the line and what may be written there.
 */
final class SettingsCheck {
    /** How a problem of the Configuration Admin values begins (then the channel's id). */
    static final String CONFIGURATION = "configuration shelf.channel.";

    /** Every setting an adapter reads, in the order the README lists them. */
    static final List<String> KEYS = List.of("endpoint", "appKey", "appSecret", "accessToken", "refreshToken",
            "shopId", "signMethod", "timeoutMs", "connectTimeoutMs", "reviewWaitMs");
    private static final List<String> NUMBERS = List.of("timeoutMs", "connectTimeoutMs", "reviewWaitMs");

    private SettingsCheck() {}

    /**
     * @param signMethods the signing methods the platform offers, the default first; empty when it offers no
     *     choice, so signMethod must not be set
     */
    static List<String> problems(Path home, String channel, List<String> signMethods) {
        Path path = ChannelSettings.file(home, channel);
        if (!Files.isRegularFile(path)) {
            return List.of();
        }
        String name = "etc/channels/" + channel + ".properties";
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(name + " cannot be read (" + e.getMessage() + ") — make it a UTF-8 text file");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int first = i;
            StringBuilder logical = new StringBuilder(lines.get(i));
            while (continues(lines.get(i)) && i + 1 < lines.size()) {
                logical.append('\n').append(lines.get(++i)); // a value continued on the next line
            }
            String trimmed = logical.toString().stripLeading();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            Properties one = new Properties();
            try {
                one.load(new StringReader(logical.toString()));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(name + " line " + (first + 1) + ": cannot be read (" + e.getMessage() + ")");
                continue;
            }
            for (String key : one.stringPropertyNames()) {
                String where = name + " line " + (first + 1) + ": ";
                Integer before = seen.put(key, first + 1);
                if (before != null) {
                    problems.add(where + key + " is set again (first on line " + before + ") — keep one of them");
                }
                check(where, key, one.getProperty(key).trim(), channel, signMethods).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** What is wrong with one Configuration Admin value of signMethod, or empty. */
    static Optional<String> configuredSignMethod(String channel, String value, List<String> signMethods) {
        return value == null || value.isBlank() ? Optional.empty()
                : check(CONFIGURATION + channel + ": ", "signMethod", value.trim(), channel, signMethods);
    }

    /** The configuration's timeouts, checked as the file's are: a timeout of 0 would have the client wait for ever. */
    static List<String> configuredTimeouts(String channel, int timeoutMs, int connectTimeoutMs) {
        String where = CONFIGURATION + channel + ": ";
        List<String> problems = new java.util.ArrayList<>();
        check(where, "timeoutMs", String.valueOf(timeoutMs), channel, List.of()).ifPresent(problems::add);
        check(where, "connectTimeoutMs", String.valueOf(connectTimeoutMs), channel, List.of()).ifPresent(problems::add);
        return problems;
    }

    private static Optional<String> check(String where, String key, String value, String channel,
            List<String> signMethods) {
        if (!KEYS.contains(key)) {
            String near = nearest(key);
            return Optional.of(where + "unknown setting '" + key + "'"
                    + (near.isEmpty() ? "" : " — did you mean '" + near + "'?") + " (settings: " + String.join(", ", KEYS) + ")");
        }
        if (key.equals("signMethod") && !signMethods.contains(value)) {
            return Optional.of(where + (signMethods.isEmpty()
                    ? channel + " offers no choice of signing method — remove signMethod"
                    : "signMethod '" + value + "' is not one " + channel + " offers — write " + or(signMethods)
                            + " (" + signMethods.get(0) + " when left out)"));
        }
        if (NUMBERS.contains(key) && !milliseconds(value, key.equals("reviewWaitMs") ? 0 : 1)) {
            return Optional.of(where + key + " '" + value + "' is not a number of milliseconds — write a whole"
                    + " number" + (key.equals("reviewWaitMs") ? "" : " above 0") + ", such as 10000");
        }
        if (key.equals("shopId") && !value.isEmpty() && !value.chars().allMatch(Character::isDigit)) {
            return Optional.of(where + "shopId '" + value + "' is not a shop id — write the shop's number, such as 10000001");
        }
        if (key.equals("endpoint") && !value.equals(SandboxAddress.ENDPOINT) && !value.startsWith("https://")
                && !value.startsWith("http://")) {
            return Optional.of(where + "endpoint '" + value + "' is neither sandbox nor a web address — write"
                    + " sandbox or the gateway root, such as https://eco.taobao.com");
        }
        return Optional.empty();
    }

    /** Whether a line ends in an odd number of backslashes: the Properties format continues it on the next. */
    private static boolean continues(String line) {
        int slashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            slashes++;
        }
        return slashes % 2 == 1;
    }

    private static boolean milliseconds(String value, long least) {
        try {
            return Long.parseLong(value) >= least;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String or(List<String> values) {
        return values.size() == 1 ? values.get(0)
                : String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }

    /** The known setting nearest to a misspelt one (at most a third of its letters off), or empty. */
    static String nearest(String key) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String known : KEYS) {
            int d = distance(key.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, best.length() / 3) ? best : "";
    }

    /**
     * Optimal string alignment distance: Levenshtein with a swap of two neighbours as one edit, since
     * "endpiont" is one slip of the fingers, not two. (A dozen lines; no library in the bundle offers it.)
     */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
