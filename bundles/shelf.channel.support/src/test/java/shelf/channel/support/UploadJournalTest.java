package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The channels' journals hold their file open while the adapter runs and let go of it when it stops; a line a job
 * still in flight adds afterwards is kept, and leaves nothing open.
 */
class UploadJournalTest {
    @TempDir
    Path home;

    @Test
    void theFileIsClosedWhenTheAdapterStopsAndALateUploadIsStillRemembered() throws Exception {
        Path file = home.resolve("data/channels/wechat-images.jsonl");
        ImageUploads images = new ImageUploads("微信小店", file, "sandbox wx-app");
        images.urls(List.of("https://cdn.merchant.example/a.jpg"), image -> "https://img.platform.example/a.jpg");
        assertEquals(1, openHandles(file), "open for appending while the adapter runs");

        images.close();
        assertEquals(0, openHandles(file), "closed when the adapter stops");

        // a job in flight while the bundle stops: its upload went through, so its line must not be lost
        images.urls(List.of("https://cdn.merchant.example/b.jpg"), image -> "https://img.platform.example/b.jpg");
        assertEquals(0, openHandles(file), "the late line's file is closed again");
        assertEquals(Map.of("https://cdn.merchant.example/a.jpg", "https://img.platform.example/a.jpg",
                "https://cdn.merchant.example/b.jpg", "https://img.platform.example/b.jpg"),
                new UploadJournal(file, "sandbox wx-app").load(10), "both kept for the next start");
    }

    @Test
    void platformIdsAndSubmissionsCloseTheirFilesToo() throws Exception {
        Path ids = home.resolve("data/channels/taobao-ids.jsonl");
        Path reviews = home.resolve("data/channels/taobao-reviews.jsonl");
        PlatformIds platformIds = new PlatformIds(ids, "sandbox app");
        Submissions submissions = new Submissions(reviews, "sandbox app");
        platformIds.put("50000436/颜色分类", "1627207");
        submissions.submitted("SPU-1", "L-1", "d1");
        assertEquals(1, openHandles(ids));
        assertEquals(1, openHandles(reviews));

        platformIds.close();
        new ReviewedListings(new ReviewFollow("淘宝", 0, millis -> { }), submissions).close();

        assertEquals(0, openHandles(ids));
        assertEquals(0, openHandles(reviews));
        assertEquals("1627207", new PlatformIds(ids, "sandbox app").get("50000436/颜色分类").orElseThrow());
    }

    /** How many of this process's file descriptors are open on the file (Linux's /proc). */
    private static long openHandles(Path file) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        assumeTrue(Files.isDirectory(fds), "no /proc/self/fd to count open files with");
        Path real = file.toRealPath();
        try (Stream<Path> all = Files.list(fds)) {
            return all.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(real);
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // gone meanwhile (the listing's own descriptor), or not a link
                }
            }).count();
        }
    }
}
