package shelf.channel.sandbox.kit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request as a platform simulator sees it: the path below the channel ("/router/rest"), the query
 * and form parameters, the body text, the names of multipart fields that were files (never signed), and
 * the headers (names in lower case, first values).
 */
public record SandboxRequest(String method, String path, Map<String, String> query, Map<String, String> form, String body,
        java.util.Set<String> files, Map<String, String> headers) {

    /** The request's value of a header (names compared ignoring case), or "". */
    public String header(String name) {
        return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
    }

    /**
     * The first parameter (by name) whose value the platform's SDK would neither sign nor send — empty, or
     * with {@code blankToo} whitespace-only — or null. Such a value reaching the platform was not signed the
     * way the platform checks it.
     */
    public static String unsignedEmpty(Map<String, String> params, boolean blankToo) {
        return new java.util.TreeMap<>(params).entrySet().stream()
                .filter(e -> e.getValue().isEmpty() || blankToo && e.getValue().isBlank())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** name=value&… decoded as UTF-8; a later repeat of a name wins. */
    public static Map<String, String> parameters(String encoded) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return parameters;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** A parameter from the form, else from the query, else "". */
    public String param(String name) {
        String value = form.get(name);
        if (value == null) {
            value = query.get(name);
        }
        return value == null ? "" : value;
    }
}
