package shelf.image.standard.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import shelf.api.media.ImageFit;
import shelf.api.media.ImageInfo;
import shelf.api.media.ImageOutput;
import shelf.api.media.ImageProcessor;
import shelf.api.media.ImageProfile;
import shelf.api.media.ImageRole;
import shelf.api.finding.Finding;

/**
 * The standard processor: header → checks → decode at a reduced scale → shrink → orient → sRGB → place in
 * the box → encode within the byte budget. Decoding waits for room in a shared pixel budget, so a batch of
 * 50-megapixel photos on all cores stays within the heap.
 */
@Component(service = ImageProcessor.class, property = "service.ranking:Integer=0")
@Designate(ocd = StandardImageProcessor.Config.class)
public class StandardImageProcessor implements ImageProcessor {

    @ObjectClassDefinition(name = "Shelf standard image processor")
    public @interface Config {
        @AttributeDefinition(description = "Images with more megapixels than this (read from the header) are refused before decoding")
        int maxMegapixels() default 150;

        @AttributeDefinition(description = "Sharpness (variance of the Laplacian of the output) below which an image is blurry")
        double blurThreshold() default 30;

        @AttributeDefinition(description = "Percentage of a main image's border that must be near-white")
        int whiteBorderPercent() default 80;

        @AttributeDefinition(description = "Lowest quality a byte budget may push an output to")
        int minQuality() default 40;
    }

    private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp", "gif", "bmp", "tiff");
    private static final double UPSCALE_LIMIT = 1.5;

    @Reference
    ImageCodecs codecs;

    private Config config;
    private ImageHeaders headers;
    private ImageDecoder decoder;
    private ImageEncoder encoder;
    private DecodeBudget budget;

    @Activate
    public void activate(Config config) {
        this.config = config;
        this.headers = new ImageHeaders(codecs);
        this.decoder = new ImageDecoder(codecs);
        this.encoder = new ImageEncoder(codecs);
        this.budget = DecodeBudget.forHeap(Runtime.getRuntime().maxMemory());
    }

    @Override
    public boolean reads(String format) {
        return FORMATS.contains(format);
    }

    @Override
    public ImageOutput inspect(Path source, ImageProfile profile) {
        ImageOutput full = process(source, profile);
        return new ImageOutput(full.source(), null, full.format(), full.width(), full.height(), full.quality(),
                full.findings());
    }

    @Override
    public ImageOutput process(Path source, ImageProfile profile) {
        String name = String.valueOf(source.getFileName());
        List<Finding> findings = new ArrayList<>();
        ImageInfo info = null;
        try {
            ImageHeaders.Header header = headers.read(source);
            info = header.info();
            Geometry geometry = Geometry.of(info.width(), info.height(), profile);
            headerChecks(name, info, profile, geometry, findings);
            long megapixels = (header.pixels() + 999_999) / 1_000_000;
            if (header.pixels() > config.maxMegapixels() * 1_000_000L) {
                throw new ImageFailure(ImageProblem.TOO_LARGE, name, info.width(), info.height(), megapixels,
                        config.maxMegapixels());
            }
            Pixels content = decodeAndShrink(source, header, geometry);
            pictureChecks(name, content, profile, findings);
            Pixels placed = Geometry.place(content, geometry);
            return encode(name, info, placed, profile, findings);
        } catch (ImageFailure failure) {
            findings.add(failure.finding());
            return new ImageOutput(info, null, profile.format(), 0, 0, 0, findings);
        }
    }

    private Pixels decodeAndShrink(Path source, ImageHeaders.Header header, Geometry geometry) throws ImageFailure {
        ImageInfo info = header.info();
        boolean turned = info.exifOrientation() >= 5;
        // the content size in the stored orientation: shrinking happens before turning, on fewer pixels
        int rawW = turned ? geometry.contentHeight() : geometry.contentWidth();
        int rawH = turned ? geometry.contentWidth() : geometry.contentHeight();
        double shrink = Math.min((double) header.rawWidth() / rawW, (double) header.rawHeight() / rawH);
        int subsampling = ImageDecoder.subsampling(shrink);
        long pixels = ImageDecoder.decodedPixels(header, subsampling);
        Pixels shrunk;
        try (DecodeBudget.Lease lease = budget.lease(pixels)) {
            Pixels decoded = Pixels.of(decoder.decode(source, header, subsampling));
            shrunk = decoded.resized(rawW, rawH);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ImageFailure(ImageProblem.UNREADABLE, String.valueOf(source.getFileName()), "处理被中断");
        }
        return Orientation.apply(shrunk.toSrgb(), info.exifOrientation());
    }

    private static void headerChecks(String name, ImageInfo info, ImageProfile profile, Geometry g,
            List<Finding> findings) {
        int needW = profile.width();
        int needH = profile.fit() == ImageFit.WIDTH ? 0 : profile.height();
        if (info.width() < needW || info.height() < needH) {
            findings.add(ImageProblem.TOO_SMALL.finding(name, info.width(), info.height(), profile.name(), needW,
                    needH == 0 ? Math.round(info.height() * g.scale()) : needH));
        }
        if (g.scale() > UPSCALE_LIMIT) {
            findings.add(ImageProblem.UPSCALED.finding(name, g.scale()));
        }
        if (profile.role() == ImageRole.MAIN && Math.abs(info.width() - info.height()) > Math.max(info.width(), info.height()) / 100) {
            findings.add(ImageProblem.NOT_SQUARE.finding(name, info.width(), info.height(), g.outputWidth(), g.outputHeight()));
        }
        if (info.colorSpace().equals("cmyk") || info.colorSpace().equals("ycck")) {
            findings.add(ImageProblem.CMYK.finding(name, info.colorSpace().toUpperCase(java.util.Locale.ROOT)));
        }
    }

    private void pictureChecks(String name, Pixels content, ImageProfile profile, List<Finding> findings) {
        double sharpness = BuyerChecks.sharpness(content);
        if (sharpness < config.blurThreshold()) {
            findings.add(ImageProblem.BLURRY.finding(name, sharpness, config.blurThreshold()));
        }
        if (profile.role() == ImageRole.MAIN) {
            int white = BuyerChecks.whiteBorderPercent(content);
            if (white < config.whiteBorderPercent()) {
                findings.add(ImageProblem.BACKGROUND_NOT_WHITE.finding(name, white));
            }
        }
    }

    private ImageOutput encode(String name, ImageInfo info, Pixels placed, ImageProfile profile, List<Finding> findings)
            throws ImageFailure {
        try {
            java.awt.image.BufferedImage image = placed.toImage();
            int quality = profile.quality();
            byte[] data = encoder.encode(image, profile.format(), quality, profile.lossless());
            // over the budget: lower the quality five points at a time (lossless has no quality to lower)
            while (profile.maxBytes() > 0 && data.length > profile.maxBytes() && !profile.lossless()
                    && quality - 5 >= Math.min(config.minQuality(), profile.quality())) {
                quality -= 5;
                data = encoder.encode(image, profile.format(), quality, false);
            }
            if (profile.maxBytes() > 0 && data.length > profile.maxBytes()) {
                findings.add(ImageProblem.OVER_BUDGET.finding(name, ImageProblem.bytes(data.length),
                        ImageProblem.bytes(profile.maxBytes()), quality));
            }
            return new ImageOutput(info, data, profile.format(), placed.width(), placed.height(), quality, findings);
        } catch (IOException | RuntimeException encoding) {
            throw new ImageFailure(ImageProblem.UNREADABLE, name, "编码失败：" + encoding.getMessage());
        }
    }
}
