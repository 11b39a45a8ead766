package shelf.security.internal.audit;

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
 * One line of audit.log. A keyed line is the entry as JSON, first its "seq" (its number in the trail, 1 for
 * the first line), last "prev" (the MAC of the line before, 64 zeros for the first) and then "mac", the
 * HMAC-SHA256 of the line up to where ',"mac"' begins. Lines written before the trail was keyed carry "prev"
 * and "hash" (plain SHA-256) instead: they are still checked, but anyone who can write the file can
 * recompute them.
 */
final class AuditLine {
    static final String FIRST_PREV = "0".repeat(64);
    private static final Pattern KEYED = Pattern.compile("^(\\{.*),\"mac\":\"([0-9a-f]{64})\"}$");
    private static final Pattern PLAIN = Pattern.compile("^(\\{.*),\"hash\":\"([0-9a-f]{64})\"}$");
    private static final Gson GSON = new Gson();

    /** What a line says about itself. */
    enum Kind { KEYED, PLAIN, NOT_AN_ENTRY }

    /**
     * @param signed the text its MAC or hash covers
     * @param value its MAC (keyed) or hash (plain)
     * @param seq its number (keyed lines only, else 0)
     * @param prev the MAC or hash of the line before, as it declares it
     */
    record Parsed(Kind kind, String signed, String value, long seq, String prev) {}

    private AuditLine() {}

    /** The keyed line for an entry numbered {@code seq} following a line whose MAC is {@code prev}; no newline. */
    static String write(AuditEntry e, long seq, String prev, AuditKey key) {
        JsonObject o = new JsonObject();
        o.addProperty("seq", seq);
        o.addProperty("time", e.time().toString());
        o.addProperty("user", e.user());
        o.addProperty("command", e.command());
        o.add("objects", GSON.toJsonTree(e.objects()));
        o.addProperty("before", e.before());
        o.addProperty("after", e.after());
        o.addProperty("detail", e.detail());
        o.addProperty("prev", prev);
        String body = GSON.toJson(o);
        String signed = body.substring(0, body.length() - 1); // without the closing brace
        return signed + ",\"mac\":\"" + key.mac(signed) + "\"}";
    }

    static Parsed parse(String line) {
        Matcher keyed = KEYED.matcher(line);
        Matcher plain = PLAIN.matcher(line);
        Kind kind = keyed.matches() ? Kind.KEYED : plain.matches() ? Kind.PLAIN : Kind.NOT_AN_ENTRY;
        if (kind == Kind.NOT_AN_ENTRY) {
            return new Parsed(kind, line, "", 0, "");
        }
        Matcher m = kind == Kind.KEYED ? keyed : plain;
        try {
            JsonObject o = GSON.fromJson(line, JsonObject.class);
            long seq = kind == Kind.KEYED && o.has("seq") ? o.get("seq").getAsLong() : 0;
            String prev = o.has("prev") ? o.get("prev").getAsString() : "";
            return new Parsed(kind, m.group(1), m.group(2), seq, prev);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            return new Parsed(Kind.NOT_AN_ENTRY, line, "", 0, "");
        }
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
