package shelf.image.standard.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.IIOServiceProvider;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The ImageIO plugins embedded in this bundle, registered with ImageIO's registry by hand: inside OSGi the
 * registry's class-path scan never sees a bundle's jars. Deregistered when the bundle stops, so an update
 * leaves no stale plugin (and no class loader) behind. Readers and writers are picked from these providers
 * directly, never by whatever else happens to be registered for a format.
 */
@Component(service = ImageCodecs.class)
public class ImageCodecs {
    private final ImageReaderSpi jpegReader = new com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi();
    private final ImageReaderSpi tiffReader = new com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi();
    // libwebp itself (what dwebp runs), not a re-implementation: TwelveMonkeys' WebP reader fails on valid
    // lossless files (a one-colour image without a palette, two transforms in one image)
    private final ImageReaderSpi webpReader = new com.luciad.imageio.webp.WebPImageReaderSpi();
    private final ImageWriterSpi webpWriter = new com.luciad.imageio.webp.WebPImageWriterSpi();
    private final List<IIOServiceProvider> ours = List.of(jpegReader, tiffReader, webpReader, webpWriter);

    @Activate
    public void activate() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (IIOServiceProvider provider : ours) {
            registry.registerServiceProvider(provider);
        }
        // libwebp is unpacked from the embedded jar and loaded now, so a platform without it fails at start
        // (in the log) rather than in the middle of a batch
        NativeWebp.load();
    }

    @Deactivate
    public void deactivate() {
        IIORegistry registry = IIORegistry.getDefaultInstance();
        for (IIOServiceProvider provider : ours) {
            registry.deregisterServiceProvider(provider);
        }
    }

    /** A new reader for a format as {@link FormatSniffer} names it; dispose it after use. */
    ImageReader reader(String format) throws IOException {
        return switch (format) {
            case "jpeg" -> jpegReader.createReaderInstance();
            case "tiff" -> tiffReader.createReaderInstance();
            case "webp" -> webpReader.createReaderInstance();
            default -> jdkReader(format);
        };
    }

    /** A new WebP writer (native libwebp). */
    ImageWriter webpWriter() throws IOException {
        return webpWriter.createWriterInstance();
    }

    /** A new JPEG writer: the JDK's own, which TwelveMonkeys' writer delegates to anyway. */
    ImageWriter jpegWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.")) {
                return writer;
            }
        }
        throw new IllegalStateException("the JDK's JPEG writer is missing");
    }

    private static ImageReader jdkReader(String format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (reader.getClass().getName().startsWith("com.sun.")) {
                return reader;
            }
        }
        throw new IOException("no reader for " + format);
    }
}
