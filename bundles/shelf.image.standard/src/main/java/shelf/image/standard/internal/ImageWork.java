package shelf.image.standard.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import shelf.api.media.ImageOutput;
import shelf.api.media.ImageProcessor;
import shelf.api.media.ImageProfile;
import shelf.api.media.MediaRoots;
import shelf.api.finding.Finding;
import shelf.api.finding.Severity;

/** Makes one output: reused from the media store when this source and profile were processed before. */
final class ImageWork {

    enum Status { PROCESSED, SKIPPED, FAILED }

    /**
     * @param status processed now, skipped (found in the store), or failed
     * @param stored the output, or {@code null} when failed
     * @param bytesIn the source's size (0 when unreadable)
     * @param findings what the processor found, naming no product yet
     */
    record Outcome(Status status, MediaStore.Stored stored, long bytesIn, List<Finding> findings) {}

    private final MediaStore media;
    private final Function<Path, ImageProcessor> processors;
    private final MediaRoots roots;

    ImageWork(MediaStore media, Function<Path, ImageProcessor> processors, MediaRoots roots) {
        this.media = media;
        this.processors = processors;
        this.roots = roots;
    }

    Outcome make(String source, ImageProfile profile) {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return new Outcome(Status.FAILED, null, 0, List.of(new Finding("image.remote", Severity.WARNING, "", "", "",
                    "", null, source + "：是网址，images:process 只处理本地图片，请先下载到本地再导入", ImageProblem.SOURCE)));
        }
        // a file swapped for a link out of the merchant's folder since the import is not read
        Optional<String> refused = roots.refusalAtRead(source);
        if (refused.isPresent()) {
            return new Outcome(Status.FAILED, null, 0, List.of(new Finding("image.outside", Severity.ERROR, "", "", "",
                    "", null, source + " " + refused.get(), ImageProblem.SOURCE)));
        }
        Path file = Path.of(source);
        String name = String.valueOf(file.getFileName());
        String key = null;
        long size = 0;
        try {
            key = MediaStore.key(MediaStore.sha256(file), profile);
            size = java.nio.file.Files.size(file);
            var stored = media.lookup(key);
            if (stored.isPresent()) {
                return new Outcome(Status.SKIPPED, stored.get(), size, stored.get().findings(name));
            }
        } catch (IOException unreadable) {
            // missing or unreadable: the processor says which, in a finding
        }
        ImageOutput output = processors.apply(file).process(file, profile);
        if (!output.ok()) {
            return new Outcome(Status.FAILED, null, size, output.findings());
        }
        try {
            MediaStore.Stored stored = media.put(key, output, name);
            return new Outcome(Status.PROCESSED, stored, size, output.findings());
        } catch (IOException unwritable) {
            throw new IllegalStateException("cannot write to " + media.root() + ": " + unwritable.getMessage(), unwritable);
        }
    }
}
