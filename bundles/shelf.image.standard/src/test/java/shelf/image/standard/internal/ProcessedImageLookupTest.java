package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageProfiles;
import shelf.api.media.ImageRole;
import shelf.api.media.MediaRoots;

/** Publishing finds what images:process made of a photo: the channel's own profile first, then the role's. */
class ProcessedImageLookupTest {
    static final ImageProfile TAOBAO_MAIN = new ImageProfile("taobao-main", "", ImageRole.MAIN, 600, 600, ImageFit.PAD,
            "jpeg", 85, false, 0);

    @TempDir
    Path desk;

    @TempDir
    Path store;

    @Test
    void theChannelsProfileWinsThenTheRolesAndNothingWhenNothingWasMade() throws Exception {
        Path photo = desk.resolve("主图.jpg");
        ImageIO.write(new BufferedImage(2400, 2400, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        ImageWork work = new ImageWork(new MediaStore(store), file -> Fixtures.processor(), MediaRoots.parse(""));
        ProcessedImageLookup lookup = new ProcessedImageLookup();
        lookup.profiles = profiles(Fixtures.MAIN, Fixtures.DETAIL, TAOBAO_MAIN);
        lookup.media(store);

        assertEquals(Optional.empty(), lookup.forChannel(photo.toString(), ImageRole.MAIN, "weidian"), "not processed yet");
        MediaStore.Stored main = work.make(photo.toString(), Fixtures.MAIN).stored();
        MediaStore.Stored taobao = work.make(photo.toString(), TAOBAO_MAIN).stored();

        assertEquals(Optional.of(store.resolve(main.path())), lookup.forChannel(photo.toString(), ImageRole.MAIN, "weidian"));
        assertEquals(800, main.width());
        Path forTaobao = lookup.forChannel(photo.toString(), ImageRole.MAIN, "taobao").orElseThrow();
        assertEquals(store.resolve(taobao.path()), forTaobao);
        assertEquals(600, ImageIO.read(forTaobao.toFile()).getWidth(), "Taobao's own 600×600, not the 2400×2400 original");
        assertEquals(Optional.empty(), lookup.forChannel(photo.toString(), ImageRole.DETAIL, "weidian"),
                "nothing was made with the detail profile");
        assertEquals(Optional.empty(), lookup.forChannel("https://img.example.com/a.jpg", ImageRole.MAIN, "weidian"));

        ImageIO.write(new BufferedImage(2000, 2000, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        assertEquals(Optional.empty(), lookup.forChannel(photo.toString(), ImageRole.MAIN, "weidian"),
                "a photo changed since it was processed has no output yet");
        Files.delete(photo);
        assertEquals(Optional.empty(), lookup.forChannel(photo.toString(), ImageRole.MAIN, "weidian"));
    }

    private static ImageProfiles profiles(ImageProfile... all) {
        return new ImageProfiles() {
            @Override
            public List<ImageProfile> all() {
                return List.of(all);
            }

            @Override
            public Optional<ImageProfile> profile(String name) {
                return all().stream().filter(p -> p.name().equals(name)).findFirst();
            }
        };
    }
}
