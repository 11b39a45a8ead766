package shelf.api.runtime;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.BundleContext;

/** SHELF_HOME, the folder of an instance's data, settings and logs, as the launcher names it to the framework. */
public final class ShelfHome {
    /** The framework property the launcher sets. */
    public static final String PROPERTY = "shelf.home";

    private ShelfHome() {}

    /** SHELF_HOME; ~/.shelf when the framework was started without the launcher. */
    public static Path of(BundleContext context) {
        return Optional.ofNullable(context.getProperty(PROPERTY)).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".shelf"));
    }
}
