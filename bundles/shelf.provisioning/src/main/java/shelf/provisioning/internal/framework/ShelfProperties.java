package shelf.provisioning.internal.framework;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.BundleContext;

/** The framework properties the launcher sets (see the contract), with the launcher's defaults. */
public final class ShelfProperties {
    public static final String HOME = shelf.api.runtime.ShelfHome.PROPERTY;
    public static final String DIST = "shelf.dist";
    public static final String REPOSITORIES = "shelf.repositories";
    public static final String BOOT_FEATURE = "shelf.boot.feature";

    private final BundleContext context;

    public ShelfProperties(BundleContext context) {
        this.context = context;
    }

    /** SHELF_HOME; ~/.shelf when the framework was started without the launcher. */
    public Path home() {
        return shelf.api.runtime.ShelfHome.of(context);
    }

    /** The distribution folder, if the launcher named one. */
    public Optional<Path> dist() {
        return Optional.ofNullable(context.getProperty(DIST)).filter(s -> !s.isBlank()).map(Path::of);
    }

    /** Comma-separated Maven-layout folders; by default the distribution's system/ and the local Maven repository. */
    public String repositories() {
        String configured = context.getProperty(REPOSITORIES);
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String m2 = Path.of(System.getProperty("user.home"), ".m2", "repository").toString();
        return dist().map(d -> d.resolve("system") + "," + m2).orElse(m2);
    }

    public String bootFeature() {
        String name = context.getProperty(BOOT_FEATURE);
        return name == null || name.isBlank() ? "shelf-boot" : name.trim();
    }
}
