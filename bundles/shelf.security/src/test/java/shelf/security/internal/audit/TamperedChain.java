package shelf.security.internal.audit;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

/** What someone who can write audit.log does to it, done to lines of a real trail. */
final class TamperedChain {
    private static final Gson GSON = new Gson();

    private TamperedChain() {}

    /**
     * Line {@code number} edited, then it and every later line given a fresh plain SHA-256 in its last field
     * and the new value of the line before in "prev" — what defeated the unkeyed chain.
     */
    static List<String> rewritten(List<String> lines, int number, String from, String to) {
        List<String> result = new ArrayList<>(lines);
        result.set(number - 1, result.get(number - 1).replace(from, to));
        String prev = number == 1 ? AuditLine.FIRST_PREV : lastField(result.get(number - 2));
        for (int i = number - 1; i < result.size(); i++) {
            String line = result.get(i).replaceFirst("\"prev\":\"[0-9a-f]{64}\"", "\"prev\":\"" + prev + "\"");
            int at = line.lastIndexOf(",\"");
            String signed = line.substring(0, at);
            String field = line.substring(at, line.indexOf(':', at) + 1);
            prev = AuditLine.sha256(signed);
            result.set(i, signed + field + "\"" + prev + "\"}");
        }
        return result;
    }

    /** The lines as the unkeyed format wrote them (no seq, "hash"), their chain recomputed from the start. */
    static List<String> asPlainChain(List<String> lines) {
        List<String> result = new ArrayList<>();
        String prev = AuditLine.FIRST_PREV;
        for (String line : lines) {
            JsonObject o = GSON.fromJson(line, JsonObject.class);
            o.remove("seq");
            o.remove("mac");
            o.remove("hash");
            o.addProperty("prev", prev);
            String body = GSON.toJson(o);
            String signed = body.substring(0, body.length() - 1);
            prev = AuditLine.sha256(signed);
            result.add(signed + ",\"hash\":\"" + prev + "\"}");
        }
        return result;
    }

    /** The lines keyed again, from the start, with another key. */
    static List<String> keyedWith(AuditKey key, List<String> lines) {
        List<String> result = new ArrayList<>();
        String prev = AuditLine.FIRST_PREV;
        long seq = 1;
        for (String line : lines) {
            String next = AuditLine.write(AuditLine.read(line), seq++, prev, key);
            prev = AuditLine.parse(next).value();
            result.add(next);
        }
        return result;
    }

    private static String lastField(String line) {
        return line.substring(line.length() - 66, line.length() - 2);
    }
}
