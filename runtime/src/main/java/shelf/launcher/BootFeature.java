package shelf.launcher;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The feature the launcher installs and starts itself: its bundle ids, in the order the file lists them. */
record BootFeature(Path file, List<MavenCoordinates> bundles) {

    static BootFeature read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonObject feature = JsonParser.parseReader(reader).getAsJsonObject();
            List<MavenCoordinates> bundles = new ArrayList<>();
            for (JsonElement bundle : feature.getAsJsonArray("bundles")) {
                bundles.add(MavenCoordinates.parse(bundle.getAsJsonObject().get("id").getAsString()));
            }
            return new BootFeature(file, List.copyOf(bundles));
        } catch (NoSuchFileException e) {
            throw new LaunchException("the boot feature " + file + " is missing — reinstall the distribution"
                    + " or set shelf.boot.feature to a feature of features/");
        } catch (IOException | JsonParseException | IllegalStateException | ClassCastException | NullPointerException e) {
            throw new LaunchException("the boot feature " + file + " cannot be read (" + e.getMessage()
                    + ") — it must be a feature JSON with \"bundles\": [{\"id\": \"group:artifact:version\"}, …]", e);
        }
    }

    /** The jar of every bundle in the repository; a missing one is an incomplete distribution. */
    List<Path> jarsIn(Path repository) {
        List<Path> jars = new ArrayList<>();
        for (MavenCoordinates bundle : bundles) {
            Path jar = bundle.pathIn(repository);
            if (!Files.isRegularFile(jar)) {
                throw new LaunchException("the boot bundle " + bundle + " is missing from " + repository
                        + " — rebuild the distribution (mvn -B install)");
            }
            jars.add(jar);
        }
        return jars;
    }
}
