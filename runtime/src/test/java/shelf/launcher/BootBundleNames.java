package shelf.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/** The symbolic names of the boot feature's bundles, read from their jars in the distribution. */
final class BootBundleNames {

    private BootBundleNames() {
    }

    static List<String> read() throws IOException {
        BootFeature boot = BootFeature.read(ShelfCommand.DIST.resolve("features/shelf-boot.json"));
        List<String> names = new ArrayList<>();
        for (Path jar : boot.jarsIn(ShelfCommand.DIST.resolve("system"))) {
            try (JarFile file = new JarFile(jar.toFile())) {
                names.add(file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].trim());
            }
        }
        return names;
    }
}
