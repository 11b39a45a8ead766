package shelf.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import shelf.api.media.ImageInfo;
import shelf.api.media.MediaException;
import shelf.api.media.MediaInspector;
import shelf.api.media.MediaRoots;
import shelf.api.media.VideoInfo;

/** The video's facts on the product page, as the media inspector reads them from the header. */
class VideoFactsTest {
    private static final MediaRoots ANYWHERE = MediaRoots.parse(null);

    /** An inspector that knows one file. */
    private static final MediaInspector INSPECTOR = new MediaInspector() {
        @Override
        public ImageInfo image(Path file) throws MediaException {
            throw new MediaException(file + " is no image");
        }

        @Override
        public VideoInfo video(Path file) throws MediaException {
            if (file.toString().equals("/media/acme/A-1.mp4")) {
                return new VideoInfo("mp4", Duration.ofMillis(12_345), 1280, 720, "avc1", 2_516_582);
            }
            throw new MediaException(file.getFileName() + "：不是 MP4 或 MOV 视频");
        }
    };

    @Test
    void durationResolutionSizeCodecAndFormat() {
        assertEquals("<p class=video-facts id=video-facts>时长 <span class=en>duration</span> 12.3 s · 分辨率 <span class=en>resolution</span> "
                + "1280×720 · 大小 <span class=en>size</span> 2.4 MB · 编码 <span class=en>codec</span> avc1 · 格式 <span class=en>format</span> mp4</p>",
                VideoFacts.html("/media/acme/A-1.mp4", INSPECTOR, ANYWHERE));
    }

    @Test
    void noVideoSaysNothingAndWhatCannotBeReadSaysWhy() {
        assertEquals("", VideoFacts.html(" ", INSPECTOR, ANYWHERE));
        assertTrue(VideoFacts.html("https://v.example/a.mp4", INSPECTOR, ANYWHERE).contains("视频是网址"));
        assertTrue(VideoFacts.html("/media/acme/A-1.mp4", null, ANYWHERE).contains("feature:install images"));
        String bad = VideoFacts.html("/media/acme/A-1.avi", INSPECTOR, ANYWHERE);
        assertTrue(bad.startsWith("<p class='finding error'") && bad.contains("A-1.avi：不是 MP4 或 MOV 视频"), bad);
    }

    @Test
    void sizesForPeople() {
        assertEquals("830 B", VideoFacts.size(830));
        assertEquals("12.4 KB", VideoFacts.size(12_700));
        assertEquals("2.4 MB", VideoFacts.size(2_516_582));
    }
}
