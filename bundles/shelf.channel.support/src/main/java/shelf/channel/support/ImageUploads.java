package shelf.channel.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;
import shelf.api.media.MediaRoots;

/**
 * Images uploaded to one platform, by source, so a product's update or a second product with the same
 * picture does not upload it again — nor a restart, when a journal file keeps them. A local file is known
 * by its path, size and time of change: one edited in place is uploaded again. The newest
 * {@value #REMEMBERED} uploads are remembered, so a runtime that runs for weeks does not fill its memory.
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

    static final int REMEMBERED = 50_000;

    /** key (see {@link #key}) → the platform's URL, least recently used first */
    private final Map<String, String> uploaded;
    private final String platform;
    private final UploadJournal journal;
    private final MediaRoots roots;

    /** Remembered in memory only. */
    public ImageUploads(String platform) {
        this(platform, null, "");
    }

    /**
     * @param journal the file that keeps uploads across restarts, or null for memory only
     * @param owner the endpoint and app key: uploads remembered for another are not used
     */
    public ImageUploads(String platform, Path journal, String owner) {
        this(platform, journal, owner, new MediaRoots(List.of()));
    }

    /**
     * @param roots where a product's local images may be besides the folder of its spreadsheet: a path that
     *     leads out of it through a symbolic link is not read, so not uploaded
     * @since 1.2
     */
    public ImageUploads(String platform, Path journal, String owner, MediaRoots roots) {
        this.platform = platform;
        this.roots = roots;
        this.journal = journal == null ? null : new UploadJournal(journal, owner);
        Map<String, String> lru = new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > REMEMBERED;
            }
        };
        if (this.journal != null) {
            lru.putAll(this.journal.load(REMEMBERED));
        }
        uploaded = Collections.synchronizedMap(lru);
    }

    /** The platform URLs of {@code sources}, uploading those not uploaded before. */
    public List<String> urls(List<String> sources, Uploader uploader) throws ChannelException {
        List<String> urls = new ArrayList<>(sources.size());
        for (String source : sources) {
            String key = key(source);
            String url = uploaded.get(key);
            if (url == null) {
                url = uploader.upload(image(source));
                remember(key, url);
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
        Map<String, String> known = new HashMap<>();
        List<Image> missing = new ArrayList<>();
        for (String source : new LinkedHashSet<>(sources)) {
            String url = uploaded.get(key(source));
            if (url == null) {
                missing.add(image(source));
            } else {
                known.put(source, url);
            }
        }
        for (int from = 0; from < missing.size(); from += perRequest) {
            List<Image> request = missing.subList(from, Math.min(missing.size(), from + perRequest));
            BatchReply reply = uploader.upload(request);
            for (Image image : request) {
                String url = reply.urls().get(image.source());
                if (url != null) {
                    known.put(image.source(), url);
                    remember(key(image.source()), url);
                }
            }
            for (Image image : request) {
                if (!known.containsKey(image.source())) {
                    throw reply.refused().getOrDefault(image.source(), new ChannelException(Kind.BUSY, "",
                            platform + "没有收下图片" + image.source() + "，也没有说明原因，稍后重试"));
                }
            }
        }
        List<String> urls = new ArrayList<>(sources.size());
        for (String source : sources) {
            urls.add(known.get(source));
        }
        return urls;
    }

    private void remember(String key, String url) {
        if (key.equals(url)) {
            return; // a URL the adapter passes through as given: nothing was uploaded
        }
        uploaded.put(key, url);
        if (journal != null) {
            journal.add(key, url);
        }
    }

    /**
     * What an upload is remembered by: a URL as it is; a local file by path, size and time of change (a
     * file that cannot be read gets a key no upload has, and fails when it is read for the upload).
     */
    private static String key(String source) {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return source;
        }
        try {
            BasicFileAttributes file = Files.readAttributes(Path.of(source), BasicFileAttributes.class);
            return source + "\u0000" + file.size() + "\u0000" + file.lastModifiedTime().toMillis();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return source + "\u0000?";
        }
    }

    private Image image(String source) throws ChannelException {
        if (source.startsWith("http://") || source.startsWith("https://")) {
            String path = URI.create(source).getPath();
            return new Image(source, path.substring(path.lastIndexOf('/') + 1), null);
        }
        Optional<String> refused = roots.refusalAtRead(source);
        if (refused.isPresent()) {
            throw new ChannelException(Kind.REFUSED, "image.outside", "图片" + source + "不上传到" + platform + "："
                    + refused.get());
        }
        Path file = Path.of(source);
        try {
            return new Image(source, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ChannelException(Kind.REFUSED, "image.unreadable", "图片" + source + "无法读取，不能上传到" + platform
                    + "：" + e.getClass().getSimpleName());
        }
    }

    /**
     * Closes the file the uploads are kept in, when the adapter stops; one added later is still kept (the file opened
     * for that one line).
     *
     * @since 1.5
     */
    public void close() {
        if (journal != null) {
            journal.close();
        }
    }
}
