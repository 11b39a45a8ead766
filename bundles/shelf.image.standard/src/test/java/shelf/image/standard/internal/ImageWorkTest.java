package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.MediaRoots;
import shelf.api.finding.Finding;

/** images:process reads a merchant's photo only inside the folder it was imported from, or under a media root. */
class ImageWorkTest {
    @TempDir
    Path desk;

    @TempDir
    Path elsewhere;

    @TempDir
    Path store;

    @Test
    void aPhotoSwappedForALinkOutOfItsFolderIsNotRead() throws Exception {
        Path secret = photo(elsewhere.resolve("secret.jpg"));
        Path link = Files.createSymbolicLink(desk.resolve("主图.jpg"), secret);
        ImageWork work = new ImageWork(new MediaStore(store), file -> {
            throw new AssertionError("no processor is asked for " + file);
        }, MediaRoots.parse(""));

        ImageWork.Outcome outcome = work.make(link.toString(), Fixtures.MAIN);

        assertEquals(ImageWork.Status.FAILED, outcome.status());
        Finding finding = outcome.findings().get(0);
        assertEquals("image.outside", finding.code());
        assertEquals(link + " leads out of its folder through the symbolic link " + link + " (to " + secret
                + ") — media files are read only from the spreadsheet's folder; to allow another folder add it to"
                + " shelf.media.roots in etc/shelf.properties", finding.message());
        try (var written = Files.list(store)) {
            assertEquals(List.of(), written.toList(), "nothing was made from it");
        }
    }

    @Test
    void underAMediaRootThePhotoIsProcessed() throws Exception {
        Path photo = photo(elsewhere.resolve("photo.jpg"));
        Path link = Files.createSymbolicLink(desk.resolve("主图.jpg"), photo);
        ImageWork work = new ImageWork(new MediaStore(store), file -> Fixtures.processor(),
                MediaRoots.parse(elsewhere.toString()));

        assertEquals(ImageWork.Status.PROCESSED, work.make(link.toString(), Fixtures.MAIN).status());
    }

    private static Path photo(Path file) throws Exception {
        ImageIO.write(new BufferedImage(900, 900, BufferedImage.TYPE_INT_RGB), "jpg", file.toFile());
        return file;
    }
}
