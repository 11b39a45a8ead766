package shelf.catalog.internal;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;

/** Lists of field paths as the JSON arrays stored in product_change.changed_fields. */
final class JsonText {
    private static final Gson GSON = new Gson();

    private JsonText() {}

    static String array(List<String> values) {
        return GSON.toJson(values);
    }

    static List<String> list(String json) {
        return GSON.fromJson(json, new TypeToken<List<String>>() {}.getType());
    }
}
