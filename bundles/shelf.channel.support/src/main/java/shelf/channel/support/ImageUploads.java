package shelf.channel.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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

    /** What the platform answered to a request with several images: URLs of those it took, reasons for the rest. */
    public record BatchReply(Map<String, String> urls, Map<String, ChannelException> refused) {}

    /** Sends several images in one request; a failure of the whole request is thrown. */
    @FunctionalInterface
    public interface BatchUploader {
        BatchReply upload(List<Image> images) throws ChannelException;
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

    /**
     * The platform URLs of {@code sources}, uploading those not uploaded before in as few requests as the
     * platform allows ({@code perRequest} images each). When the platform refuses some, those it took are
     * kept, so a retry sends only the rest.
     */
    public List<String> urls(List<String> sources, int perRequest, BatchUploader uploader) throws ChannelException {
        List<Image> missing = new ArrayList<>();
        for (String source : new LinkedHashSet<>(sources)) {
            if (!uploaded.containsKey(source)) {
                missing.add(image(source));
            }
        }
        for (int from = 0; from < missing.size(); from += perRequest) {
            List<Image> request = missing.subList(from, Math.min(missing.size(), from + perRequest));
            BatchReply reply = uploader.upload(request);
            uploaded.putAll(reply.urls());
            for (Image image : request) {
                if (!uploaded.containsKey(image.source())) {
                    throw reply.refused().getOrDefault(image.source(), new ChannelException(Kind.BUSY, "",
                            platform + "没有收下图片" + image.source() + "，也没有说明原因，稍后重试"));
                }
            }
        }
        List<String> urls = new ArrayList<>(sources.size());
        for (String source : sources) {
            urls.add(uploaded.get(source));
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
