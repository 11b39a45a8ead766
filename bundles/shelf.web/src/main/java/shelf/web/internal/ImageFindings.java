package shelf.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/**
 * What the image stage found about one product's images: images:process writes each image's outcome and
 * findings to SHELF_HOME/media/batches/BATCH.json, and the reviewer must see them beside the images even
 * though the rule engine's findings (what review:show lists) do not include them.
 */
final class ImageFindings {
    private ImageFindings() {}

    /** The findings of the product's images in the batch's manifest; none when the batch was never processed. */
    static List<Finding> of(Path home, long batchId, String merchant, String spuCode) {
        // the media folder etc/media.properties names, shared by the nodes of a team (SHELF_HOME/media without it)
        Path manifest = shelf.api.media.MediaFolder.of(home).path().resolve("batches").resolve(batchId + ".json");
        List<Finding> found = new ArrayList<>();
        if (!Files.isRegularFile(manifest)) {
            return found;
        }
        try {
            JsonObject root = JsonParser.parseString(Files.readString(manifest, StandardCharsets.UTF_8)).getAsJsonObject();
            for (JsonElement e : root.getAsJsonArray("images")) {
                JsonObject image = e.getAsJsonObject();
                if (!merchant.equals(text(image, "merchant")) || !spuCode.equals(text(image, "spuCode"))
                        || !image.has("findings")) {
                    continue;
                }
                for (JsonElement f : image.getAsJsonArray("findings")) {
                    JsonObject finding = f.getAsJsonObject();
                    Finding one = new Finding(text(finding, "code"), severity(text(finding, "severity")), merchant,
                            spuCode, "", text(image, "field"), null, text(finding, "message"), "images:process");
                    if (!found.contains(one)) { // a profile's repeat of the same finding is shown once
                        found.add(one);
                    }
                }
            }
        } catch (IOException | JsonParseException | IllegalStateException | NullPointerException unreadable) {
            found.add(new Finding("image.manifest-unreadable", Severity.WARNING, merchant, spuCode, "", "mainImages",
                    null, "图片处理结果文件读不出来 (" + manifest + ")，请重新运行 images:process", "shelf.web"));
        }
        return found;
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static Severity severity(String name) {
        try {
            return Severity.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Severity.WARNING;
        }
    }
}
