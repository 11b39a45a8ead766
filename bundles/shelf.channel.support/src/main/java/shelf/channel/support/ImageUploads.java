package shelf.channel.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * Images uploaded to one platform, by source, so a product's update or a second product with the same
 * picture does not upload it again.
 */
public final class ImageUploads {
    /** An image to upload: its source as the product names it, and its bytes when it is a local file. */
    public record Image(String source, String fileName, byte[] bytes) {
        public boolean remote() {
            return bytes == null;
        }
    }

    /** Sends one image to the platform and returns the platform's URL for it. */
    @FunctionalInterface
    public interface Uploader {
        String upload(Image image) throws ChannelException;
    }

    private final Map<String, String> uploaded = new ConcurrentHashMap<>();
    private final String platform;

    public ImageUploads(String platform) {
        this.platform = platform;
    }

    /** The platform URLs of {@code sources}, uploading those not uploaded before. */
    public List<String> urls(List<String> sources, Uploader uploader) throws ChannelException {
        List<String> urls = new ArrayList<>(sources.size());
        for (String source : sources) {
            String url = uploaded.get(source);
            if (url == null) {
                url = uploader.upload(image(source));
                uploaded.put(source, url);
            }
            urls.add(url);
        }
        return urls;
    }

    private Image image(String source) throws ChannelException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            String path = URI.create(source).getPath();
            return new Image(source, path.substring(path.lastIndexOf('/') + 1), null);
        }
        Path file = Path.of(source);
        try {
            return new Image(source, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ChannelException(Kind.REFUSED, "image.unreadable", "图片" + source + "无法读取，不能上传到" + platform
                    + "：" + e.getClass().getSimpleName());
        }
    }
}
