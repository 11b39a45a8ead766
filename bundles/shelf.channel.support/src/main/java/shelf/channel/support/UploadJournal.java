package shelf.channel.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The images a channel uploaded, kept in a file so a restart does not upload them again: one JSON line per
 * upload ({"key": …, "url": …}) after a first line naming the endpoint and app key they were uploaded to —
 * a file written for another shop or for the sandbox is not used for the real platform. A line cut short by
 * a kill is skipped. The file is rewritten at start when it holds more than it keeps.
 *
 * <p>The file stays open for appending until {@link #close} (the adapter that owns the journal stops). A line added
 * after that — a job still in flight while its bundle stops — is written all the same, through the file opened for
 * that one line and closed again: the upload it records happened, and a line lost would send the image again
 * after the next start. Nothing is left open.
 */
final class UploadJournal implements java.io.Closeable {
    private static final System.Logger LOG = System.getLogger(UploadJournal.class.getName());

    private final Path file;
    private final String owner;
    private FileChannel out;
    private boolean closed;

    /** @param owner the endpoint and app key the uploads belong to */
    UploadJournal(Path file, String owner) {
        this.file = file;
        this.owner = owner;
    }

    /** The uploads remembered for this owner, oldest first, at most {@code keep} of the newest. */
    Map<String, String> load(int keep) {
        Map<String, String> urls = new LinkedHashMap<>();
        int lines = 0;
        boolean ours = false;
        if (Files.isRegularFile(file)) {
            try {
                List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                JsonObject header = object(all.isEmpty() ? "" : all.get(0));
                ours = header != null && owner.equals(text(header, "owner"));
                for (int i = 1; ours && i < all.size(); i++) {
                    JsonObject entry = object(all.get(i));
                    String key = entry == null ? null : text(entry, "key");
                    String url = entry == null ? null : text(entry, "url");
                    if (key != null && url != null) {
                        urls.remove(key); // a later upload of the same key is the newer
                        urls.put(key, url);
                    }
                }
                lines = all.size() - 1;
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot read " + file + "; images will be uploaded again", e);
            }
        }
        while (urls.size() > keep) {
            urls.remove(urls.keySet().iterator().next());
        }
        if (!ours || lines > urls.size()) {
            rewrite(urls);
        }
        return urls;
    }

    /**
     * One line in one write to the file kept open for appending. Opened for each line, with a buffered writer
     * around it, the journal made an eighth of the garbage of publishing to the sandbox (some 40 KB per image) and
     * an open and a close for every image, inside the lock every uploading caller passes.
     */
    void add(String key, String url) {
        ByteBuffer bytes = ByteBuffer.wrap(line("key", key, "url", url).getBytes(StandardCharsets.UTF_8));
        synchronized (this) {
            try {
                if (closed) {
                    try (FileChannel late = append()) {
                        write(late, bytes);
                    }
                    return;
                }
                if (out == null || !out.isOpen()) {
                    out = append();
                }
                write(out, bytes);
            } catch (IOException e) {
                // the upload itself went well: only a restart would send this image again
                LOG.log(System.Logger.Level.WARNING, "cannot write " + file + ": " + e.getMessage());
            }
        }
    }

    /** Closes the file; a line added later is still written (see the class comment). */
    @Override
    public synchronized void close() {
        closed = true;
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot close " + file + ": " + e.getMessage());
            }
            out = null;
        }
    }

    private FileChannel append() throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    private static void write(FileChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private void rewrite(Map<String, String> urls) {
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".new");
            try (BufferedWriter writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                JsonObject header = new JsonObject();
                header.addProperty("owner", owner);
                writer.write(Json.GSON.toJson(header) + "\n");
                for (Map.Entry<String, String> e : urls.entrySet()) {
                    writer.write(line("key", e.getKey(), "url", e.getValue()));
                }
            }
            Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write " + file + "; uploads are remembered until the next restart only", e);
        }
    }

    private static String line(String k1, String v1, String k2, String v2) {
        JsonObject o = new JsonObject();
        o.addProperty(k1, v1);
        o.addProperty(k2, v2);
        return Json.GSON.toJson(o) + "\n";
    }

    /** One JSON line as an object, or null when the line is not whole. */
    private static JsonObject object(String line) {
        try {
            return JsonParser.parseString(line).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            return null;
        }
    }

    private static String text(JsonObject object, String name) {
        return object.has(name) && object.get(name).isJsonPrimitive() ? object.get(name).getAsString() : null;
    }
}
