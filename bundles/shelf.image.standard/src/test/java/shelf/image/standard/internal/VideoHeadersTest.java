package shelf.image.standard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import shelf.api.media.MediaException;
import shelf.api.media.VideoInfo;
import shelf.image.standard.bench.TestMovies;

/** Video facts from the movie box of MP4 and MOV files, with the media data (mdat) before it, never read. */
class VideoHeadersTest {
    private static final HeaderInspector INSPECTOR = Fixtures.inspector();

    @TempDir
    Path dir;

    @Test
    void anMp4WithItsMediaDataFirst() throws Exception {
        Path file = movie("main.mp4", "isom", 30_000, 600, 1080, 1920, 64 << 20);
        VideoInfo info = INSPECTOR.video(file);
        assertEquals(new VideoInfo("mp4", Duration.ofSeconds(60), 1080, 1920, "avc1", Files.size(file)), info);
    }

    @Test
    void aQuickTimeMovie() throws Exception {
        Path file = movie("phone.mov", "qt  ", 600, 12, 1920, 1080, 1000);
        assertEquals("mov", INSPECTOR.video(file).format());
        assertEquals(Duration.ofMillis(1200), INSPECTOR.video(file).duration());
    }

    @Test
    void badVideos() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        assertEquals("empty.mp4：文件是空的（0 字节），请重新导出视频",
                assertThrows(MediaException.class, () -> INSPECTOR.video(empty)).getMessage());
        Path jpeg = Files.write(dir.resolve("cover.mp4"), BadInputTest.jpeg(100, 100));
        assertEquals("cover.mp4：不是 MP4 或 MOV 视频（是 JPEG 文件）",
                assertThrows(MediaException.class, () -> INSPECTOR.video(jpeg)).getMessage());
        Path cut = movie("cut.mp4", "isom", 1000, 1000, 640, 480, 4096);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(cut), 4096 + 40);
        Files.write(cut, head);
        String message = assertThrows(MediaException.class, () -> INSPECTOR.video(cut)).getMessage();
        assertEquals(true, message.startsWith("cut.mp4：视频"), message);
    }

    private Path movie(String name, String brand, long timescale, long tenths, int width, int height, int mdatBytes)
            throws IOException {
        return TestMovies.write(dir.resolve(name), brand, timescale, tenths, width, height, mdatBytes);
    }
}
