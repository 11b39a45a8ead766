package shelf.api.media;

import java.nio.file.Path;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What images:process made, for the stages after it: publishing sends a platform the processed image, not
 * the merchant's original. Registered by the image pipeline; absent when it is not installed.
 *
 * @since 2.1
 */
@ProviderType
public interface ProcessedImages {

    /**
     * The file images:process made of {@code source} for {@code channel}: with the profile named
     * {@code <channel>-main} or {@code <channel>-detail} (after {@code role}) where there is one and it made
     * something, else with the role's default profile ("main", "detail"). Empty for a URL, for a source
     * never processed, and for one changed since it was processed (outputs are found by the source's bytes).
     * Never processes anything itself.
     */
    Optional<Path> forChannel(String source, ImageRole role, String channel);
}
