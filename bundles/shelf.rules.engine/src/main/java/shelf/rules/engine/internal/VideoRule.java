package shelf.rules.engine.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import shelf.api.catalog.Product;
import shelf.api.media.MediaInspector;
import shelf.api.media.VideoInfo;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;

/**
 * video: the video of a field checked from its container header — maximum seconds, formats. A rule with
 * no limits checks that the video can be read; rules with limits leave unreadable files to it.
 */
record VideoRule(RuleHead head, BigDecimal maxSeconds, Set<String> formats) implements Rule {

    boolean readabilityOnly() {
        return maxSeconds == null && formats.isEmpty();
    }

    @Override
    public void check(Product product, BatchContext batch, List<Finding> out) {
        Object value = head.field().value(product);
        List<String> paths = MediaFiles.paths(value);
        if (paths.isEmpty()) {
            return;
        }
        Optional<MediaInspector> inspector = batch.media();
        if (inspector.isEmpty()) {
            if (readabilityOnly()) {
                out.add(head.finding(product, null, batch, value, "未安装媒体组件，无法检查视频（feature:install images）"));
            }
            return;
        }
        for (String path : paths) {
            MediaFiles.Header header = MediaFiles.of(batch).video(inspector.get(), path);
            String fault = header.problem() != null ? (readabilityOnly() ? header.problem() : null)
                    : fault(MediaFiles.videoInfo(header));
            if (fault != null) {
                out.add(head.finding(product, null, batch, value, ImageRule.fileName(path) + " " + fault));
            }
        }
    }

    private String fault(VideoInfo video) {
        BigDecimal seconds = BigDecimal.valueOf(video.duration().toMillis()).movePointLeft(3);
        if (maxSeconds != null && seconds.compareTo(maxSeconds) > 0) {
            return "时长" + seconds.stripTrailingZeros().toPlainString() + "秒，超过" + maxSeconds.toPlainString() + "秒";
        }
        if (!formats.isEmpty() && !formats.contains(video.format())) {
            return "格式" + video.format() + "，应为" + String.join("/", formats);
        }
        return null;
    }
}
