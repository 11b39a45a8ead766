package shelf.api.media;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The image profiles an instance knows: the defaults, those in SHELF_HOME/etc/images, and bundles' own. */
@ProviderType
public interface ImageProfiles {

    /** Every profile, by name. */
    List<ImageProfile> all();

    Optional<ImageProfile> profile(String name);
}
