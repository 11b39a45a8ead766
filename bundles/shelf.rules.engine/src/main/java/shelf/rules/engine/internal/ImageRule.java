package shelf.rules.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import shelf.api.catalog.Product;
import shelf.api.media.ImageInfo;
import shelf.api.media.MediaInspector;
import shelf.api.rules.BatchContext;
import shelf.api.finding.Finding;

/**
 * image: the images of a field checked from their headers — minimum width and height, square, maximum
 * bytes, formats. One finding per product naming every image at fault. A rule with no limits checks that
 * each image can be read at all; rules with limits leave unreadable files to it, so a broken file is
 * reported once, not once per rule.
 */
record ImageRule(RuleHead head, int minWidth, int minHeight, boolean square, long maxBytes, Set<String> formats)
        implements Rule {

    boolean readabilityOnly() {
        return minWidth == 0 && minHeight == 0 && !square && maxBytes == 0 && formats.isEmpty();
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
                out.add(head.finding(product, null, batch, value, "未安装媒体组件，无法检查图片（feature:install images）"));
            }
            return;
        }
        MediaFiles files = MediaFiles.of(batch);
        List<String> faults = new ArrayList<>();
        for (String path : paths) {
            MediaFiles.Header header = files.image(inspector.get(), path);
            if (header.problem() != null) {
                if (readabilityOnly()) {
                    faults.add(header.problem());
                }
                continue;
            }
            String fault = fault(MediaFiles.imageInfo(header));
            if (fault != null) {
                faults.add(fileName(path) + " " + fault);
            }
        }
        if (!faults.isEmpty()) {
            out.add(head.finding(product, null, batch, value, String.join("；", faults)));
        }
    }

    private String fault(ImageInfo image) {
        if (image.width() < minWidth || image.height() < minHeight) {
            return image.width() + "×" + image.height() + "，小于" + minWidth + "×" + minHeight;
        }
        if (square && image.width() != image.height()) {
            return image.width() + "×" + image.height() + "，不是正方形";
        }
        if (maxBytes > 0 && image.bytes() > maxBytes) {
            return image.bytes() + "字节，超过" + maxBytes + "字节";
        }
        if (!formats.isEmpty() && !formats.contains(image.format())) {
            return "格式" + image.format() + "，应为" + String.join("/", formats);
        }
        return null;
    }

    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
