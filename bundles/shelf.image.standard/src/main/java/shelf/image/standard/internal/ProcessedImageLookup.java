package shelf.image.standard.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import shelf.api.media.ImageProfile;
import shelf.api.media.ImageProfiles;
import shelf.api.media.ImageRole;
import shelf.api.media.ProcessedImages;

/**
 * Finds what images:process made of a source in the media store's index, by the source's bytes and the
 * profile: the channel's own profile ("taobao-main") first, then the role's default ("main").
 */
@Component(service = ProcessedImages.class)
public class ProcessedImageLookup implements ProcessedImages {
    @Reference
    ImageProfiles profiles;

    private ConfiguredMedia media;

    @Activate
    void activate(BundleContext context) {
        media = ConfiguredMedia.of(context);
    }

    /** For tests: a store of its own. */
    void media(Path root) {
        media = ConfiguredMedia.at(root);
    }

    @Override
    public Optional<Path> forChannel(String source, ImageRole role, String channel) {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return Optional.empty();
        }
        String sha;
        try {
            Path file = Path.of(source);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            sha = MediaStore.sha256(file);
        } catch (IOException | InvalidPathException unreadable) {
            return Optional.empty();
        }
        String roleName = role == ImageRole.MAIN ? "main" : "detail";
        for (String name : List.of(channel + "-" + roleName, roleName)) {
            Optional<ImageProfile> profile = profiles.profile(name);
            Optional<MediaStore.Stored> stored = profile.flatMap(p -> media.store().lookup(MediaStore.key(sha, p)));
            if (stored.isPresent()) {
                return Optional.of(media.store().root().resolve(stored.get().path()));
            }
        }
        return Optional.empty();
    }
}
