package shelf.image.standard.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import shelf.api.media.ImageProfile;
import shelf.api.finding.Finding;

/** What images:process did to a batch: counts, bytes, time, and each image's outcome. */
record BatchImageReport(long batchId, List<ImageProfile> profiles, List<ImageResult> results, long nanos, Path media) {

    static BatchImageReport of(long batchId, List<ImageProfile> profiles, List<ImageResult> results, long nanos, Path media) {
        return new BatchImageReport(batchId, List.copyOf(profiles), List.copyOf(results), nanos, media);
    }

    long count(ImageWork.Status status) {
        return distinct().stream().filter(r -> r.outcome().status() == status).count();
    }

    long bytesIn() {
        return distinct().stream().mapToLong(r -> r.outcome().bytesIn()).sum();
    }

    long bytesOut() {
        return distinct().stream().filter(r -> r.outcome().stored() != null).mapToLong(r -> r.outcome().stored().bytes()).sum();
    }

    List<Finding> findings() {
        return results.stream().flatMap(r -> r.findings().stream()).toList();
    }

    /** "40 images: 38 processed, 1 skipped, 1 failed", for the audit trail. */
    String counts() {
        return distinct().size() + " images: " + count(ImageWork.Status.PROCESSED) + " processed, "
                + count(ImageWork.Status.SKIPPED) + " skipped, " + count(ImageWork.Status.FAILED) + " failed";
    }

    /** "40 images (main 800×800 webp): 38 processed, 1 skipped (done before), 1 failed; 57.3 MB in, 2.2 MB out; 3.20 s, 12.5 images/s". */
    String summary() {
        double seconds = nanos / 1e9;
        long handled = distinct().size();
        StringBuilder profilesText = new StringBuilder();
        for (ImageProfile p : profiles) {
            profilesText.append(profilesText.length() == 0 ? "" : ", ").append(p.name()).append(' ')
                    .append(p.width()).append(p.height() > 0 ? "×" + p.height() : " wide").append(' ').append(p.format());
        }
        return String.format(Locale.ROOT,
                "%d images (%s): %d processed, %d skipped (done before), %d failed; %s in, %s out; %.2f s, %.1f images/s%n"
                        + "outputs in %s%n",
                handled, profilesText, count(ImageWork.Status.PROCESSED), count(ImageWork.Status.SKIPPED),
                count(ImageWork.Status.FAILED), ImageProblem.bytes(bytesIn()), ImageProblem.bytes(bytesOut()), seconds,
                seconds > 0 ? handled / seconds : 0.0, media);
    }

    /** Each image's outcome, for SHELF_HOME/media/batches/BATCH.json. */
    Map<String, Object> manifest() {
        List<Map<String, Object>> images = new ArrayList<>();
        for (ImageResult r : results) {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("merchant", r.job().product().product().merchant());
            image.put("spuCode", r.job().product().product().spuCode());
            image.put("field", r.job().field());
            image.put("source", r.job().source());
            image.put("profile", r.job().profile().name());
            image.put("status", r.outcome().status().name().toLowerCase(Locale.ROOT));
            MediaStore.Stored stored = r.outcome().stored();
            if (stored != null) {
                image.put("output", stored.path());
                image.put("sha256", stored.sha256());
                image.put("width", stored.width());
                image.put("height", stored.height());
                image.put("bytes", stored.bytes());
                image.put("quality", stored.quality());
            }
            image.put("findings", r.findings().stream().map(f -> Map.of("code", f.code(), "severity",
                    f.severity().name().toLowerCase(Locale.ROOT), "message", f.message())).toList());
            images.add(image);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("batch", batchId);
        manifest.put("images", images);
        return manifest;
    }

    private List<ImageResult> distinct() {
        return results.stream().filter(r -> !r.repeat()).toList();
    }
}
