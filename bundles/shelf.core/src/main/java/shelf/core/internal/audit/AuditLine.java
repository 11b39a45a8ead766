package shelf.core.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

import shelf.api.audit.AuditEntry;

/**
 * One line of audit.log: the entry as JSON with "prev", the hash of the line before (64 zeros for the
 * first), and last "hash", the SHA-256 of the line up to where ',"hash"' begins. A changed line no longer
 * matches its own hash; a line changed together with its hash, or a removed line, breaks the next line's
 * "prev".
 */
final class AuditLine {
    static final String FIRST_PREV = "0".repeat(64);
    private static final Pattern HASHED = Pattern.compile("^(\\{.*),\"hash\":\"([0-9a-f]{64})\"}$");
    private static final Gson GSON = new Gson();

    private AuditLine() {}

    /** The line for an entry that follows a line whose hash is {@code prev}; no newline. */
    static String write(AuditEntry e, String prev) {
        JsonObject o = new JsonObject();
        o.addProperty("time", e.time().toString());
        o.addProperty("user", e.user());
        o.addProperty("command", e.command());
        o.add("objects", GSON.toJsonTree(e.objects()));
        o.addProperty("before", e.before());
        o.addProperty("after", e.after());
        o.addProperty("detail", e.detail());
        o.addProperty("prev", prev);
        String body = GSON.toJson(o);
        String head = body.substring(0, body.length() - 1); // without the closing brace
        return head + ",\"hash\":\"" + sha256(head) + "\"}";
    }

    /** The hash a line declares, or null when the line is not a hashed audit line. */
    static String declaredHash(String line) {
        Matcher m = HASHED.matcher(line);
        return m.matches() ? m.group(2) : null;
    }

    /** What is wrong with the line, or null when it matches its own hash and follows {@code prev}. */
    static String problem(String line, String prev) {
        Matcher m = HASHED.matcher(line);
        if (!m.matches()) {
            return "not an audit entry (no hash at the end)";
        }
        if (!sha256(m.group(1)).equals(m.group(2))) {
            return "changed after it was written (its content does not match its hash)";
        }
        JsonObject o;
        try {
            o = GSON.fromJson(line, JsonObject.class);
        } catch (JsonParseException e) {
            return "not valid JSON";
        }
        String declaredPrev = o.has("prev") ? o.get("prev").getAsString() : "";
        if (!declaredPrev.equals(prev)) {
            return "does not follow the line before it (a line before it was changed or removed)";
        }
        return null;
    }

    static AuditEntry read(String line) {
        JsonObject o = GSON.fromJson(line, JsonObject.class);
        List<String> objects = o.getAsJsonArray("objects").asList().stream().map(j -> j.getAsString()).toList();
        return new AuditEntry(Instant.parse(o.get("time").getAsString()), o.get("user").getAsString(),
                o.get("command").getAsString(), objects, o.get("before").getAsString(), o.get("after").getAsString(),
                o.get("detail").getAsString());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
