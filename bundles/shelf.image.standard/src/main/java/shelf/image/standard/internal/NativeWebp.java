package shelf.image.standard.internal;

import java.lang.System.Logger.Level;

/**
 * Loads native libwebp from the embedded webp-imageio jar (it unpacks the library for this platform into
 * java.io.tmpdir under a unique name, so a bundle update loads a fresh copy in its new class loader).
 */
final class NativeWebp {
    private static final System.Logger LOG = System.getLogger(NativeWebp.class.getName());
    private static volatile String failure;

    private NativeWebp() {}

    static synchronized void load() {
        try {
            com.luciad.imageio.webp.internal.NativeLoader.initialize();
            failure = null;
        } catch (Throwable unavailable) { // UnsatisfiedLinkError, IllegalStateException: no library for this platform
            failure = unavailable.toString();
            LOG.log(Level.ERROR, "libwebp could not be loaded; WebP output is unavailable", unavailable);
        }
    }

    /** Why libwebp is missing, or {@code null} when it loaded. */
    static String failure() {
        return failure;
    }
}
