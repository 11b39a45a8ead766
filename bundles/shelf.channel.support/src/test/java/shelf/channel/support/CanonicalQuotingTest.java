package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Douyin signs param_json as Json.canonical writes it: its strings must be exactly what Gson writes. */
class CanonicalQuotingTest {
    @Test
    void stringsAndKeysAreQuotedAsGsonQuotesThem() {
        Random random = new Random(14);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                String special = "\"\\<>&='\u2028\u2029\u007f";
                int pick = random.nextInt(4);
                text.append((char) (pick == 0 ? random.nextInt(0x40) : pick == 1 ? special.charAt(random.nextInt(special.length()))
                        : pick == 2 ? random.nextInt(0x80) : random.nextInt(0x10000)));
            }
            String s = text.toString();
            assertEquals(Json.GSON.toJson(new JsonPrimitive(s)), Json.canonical(new JsonPrimitive(s)), s);
            JsonObject object = new JsonObject();
            object.addProperty(s, true);
            assertEquals(Json.GSON.toJson(object), Json.canonical(object), s);
        }
    }
}
