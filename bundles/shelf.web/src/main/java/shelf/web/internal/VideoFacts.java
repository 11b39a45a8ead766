package shelf.web.internal;

import static shelf.web.internal.Html.esc;
import static shelf.web.internal.Html.label;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import shelf.api.media.MediaException;
import shelf.api.media.MediaInspector;
import shelf.api.media.MediaRoots;
import shelf.api.media.VideoInfo;

/**
 * A product's video as the reviewer needs it: how long it plays, its frame size, the file's size, its codec and
 * container — what the media inspector (the images feature) reads from the header, as validation's video rules
 * read it; the file itself is neither played nor decoded.
 */
final class VideoFacts {
    private VideoFacts() {}

    /** The facts of the product's video, or why they cannot be shown; empty when the product has no video. */
    static String html(String video, MediaInspector inspector, MediaRoots roots) {
        String source = video.strip();
        if (source.isEmpty()) {
            return "";
        }
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return note(label("视频是网址，不在本机，无法读取", "The video is a URL, not a file here: not read"));
        }
        if (inspector == null) {
            return note(label("未安装媒体组件，无法读取视频（feature:install images）",
                    "No media inspector is installed (feature:install images)"));
        }
        Optional<String> refused = roots.refusalAtRead(source);
        if (refused.isPresent()) {
            return note(esc(source + " " + refused.get()));
        }
        try {
            return "<p class=video-facts id=video-facts>" + describe(inspector.video(Path.of(source))) + "</p>";
        } catch (MediaException unreadable) {
            return "<p class='finding error' id=video-facts>" + esc(unreadable.getMessage()) + "</p>";
        }
    }

    /** "时长 duration 12.5 s · 分辨率 resolution 1280×720 · 大小 size 2.4 MB · 编码 codec avc1 · 格式 format mp4". */
    static String describe(VideoInfo v) {
        String seconds = BigDecimal.valueOf(v.duration().toMillis()).movePointLeft(3).setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
        StringBuilder b = new StringBuilder();
        b.append(label("时长", "duration")).append(' ').append(seconds).append(" s · ")
                .append(label("分辨率", "resolution")).append(' ').append(v.width()).append('×').append(v.height()).append(" · ")
                .append(label("大小", "size")).append(' ').append(size(v.bytes()));
        if (!v.codec().isEmpty()) {
            b.append(" · ").append(label("编码", "codec")).append(' ').append(esc(v.codec()));
        }
        if (!v.format().isEmpty()) {
            b.append(" · ").append(label("格式", "format")).append(' ').append(esc(v.format()));
        }
        return b.toString();
    }

    /** Bytes for people: "830 B", "12.4 KB", "2.4 MB" (1,024 per step). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.1f KB", kb);
        }
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
    }

    private static String note(String text) {
        return "<p class=hint id=video-facts>" + text + "</p>";
    }
}
