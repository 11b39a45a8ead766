package shelf.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The installed distribution: bin/ lib/ system/ features/ etc/. */
record Distribution(Path root) {

    /** -Dshelf.dist (set by bin/shelf), else the parent of the lib/ folder holding the launcher jar. */
    static Distribution locate() {
        String property = System.getProperty("shelf.dist");
        Path root;
        if (property != null && !property.isBlank()) {
            root = Path.of(property);
        } else {
            try {
                Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                root = jar.getParent().getParent();
            } catch (URISyntaxException | NullPointerException e) {
                throw new LaunchException("cannot tell where the Shelf distribution is — run it through its bin/shelf script");
            }
        }
        root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("features"))) {
            throw new LaunchException(root + " is not a Shelf distribution (it has no features/ folder)"
                    + " — run bin/shelf of an assembled distribution (mvn install builds runtime/target/shelf)");
        }
        return new Distribution(root);
    }

    Path features() {
        return root.resolve("features");
    }

    Path system() {
        return root.resolve("system");
    }

    Path etc() {
        return root.resolve("etc");
    }

    Path feature(String name) {
        return features().resolve(name + ".json");
    }
}
