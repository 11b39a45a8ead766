package shelf.backup.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What of etc/ goes into a backup. Settings files (.properties, .json, .txt, .csv) do, with the values of
 * secret keys (app secrets, passwords, tokens) blanked; the audit key does, since the trail cannot be verified
 * without it; anything else (private keys, keystores, host keys) stays out and is named in the manifest.
 */
final class SettingsFilter {
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i)[\\w.-]*(secret|password|passwd|token|credential|private[._-]?key)[\\w.-]*");
    private static final Pattern SETTINGS = Pattern.compile("(?i).+\\.(properties|json|txt|csv)");

    private SettingsFilter() {
    }

    /** Whether a file of etc/ goes in at all. */
    static boolean taken(Path relative) {
        String name = relative.getFileName().toString();
        return name.equals("audit.key") || SETTINGS.matcher(name).matches();
    }

    /** A .properties text with the value of every secret key blanked; {@code blanked} gets the keys. */
    static String withoutSecrets(String properties, List<String> blanked) {
        List<String> out = new ArrayList<>();
        for (String line : properties.split("\n", -1)) {
            String trimmed = line.strip();
            int separator = separator(trimmed);
            if (!trimmed.startsWith("#") && !trimmed.startsWith("!") && separator > 0) {
                String key = trimmed.substring(0, separator).strip();
                String value = trimmed.substring(separator + 1).strip();
                if (SECRET_KEY.matcher(key).matches() && !value.isEmpty()) {
                    blanked.add(key);
                    out.add("# " + key + ": left out of the backup — set it again after a restore");
                    out.add(key + "=");
                    continue;
                }
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    static boolean isProperties(Path relative) {
        return relative.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".properties");
    }

    private static int separator(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }
}
