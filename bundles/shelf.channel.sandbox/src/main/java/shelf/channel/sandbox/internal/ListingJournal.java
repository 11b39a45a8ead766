package shelf.channel.sandbox.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A simulated shop's listings on disk (SHELF_HOME/data/sandbox/CHANNEL.jsonl), so that, like a real
 * marketplace, the shop outlives the runtime: a listing created just before a kill -9 is still there when
 * the publisher, started again, looks it up by outer id. Each change appends the listing's whole state as
 * one JSON line, written before the platform answers; the OS keeps what was written when the process dies.
 */
final class ListingJournal implements AutoCloseable {
    private static final Gson GSON = new Gson();

    /** A listing as the journal keeps it. */
    record Entry(String id, String outerId, String title, String category, List<String> images, boolean onSale,
            List<SkuEntry> skus, Map<String, String> aliases) {
    }

    record SkuEntry(String skuId, String code, Map<String, String> specs, long priceFen, int stock, String image) {
    }

    private final Path file;
    private final FileChannel out;

    private ListingJournal(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        boolean torn = endsTorn(file);
        this.out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        if (torn) {
            // a line a kill cut short gets its end, so the next change does not run into it
            out.write(ByteBuffer.wrap(new byte[] {'\n'}));
        }
    }

    private static boolean endsTorn(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            in.read(last, in.size() - 1);
            return last.get(0) != '\n';
        }
    }

    static ListingJournal open(Path file) {
        try {
            return new ListingJournal(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sandbox shop " + file, e);
        }
    }

    /** The listings the file holds now, in the order they were created; a torn last line is skipped. */
    List<Entry> replay() throws IOException {
        Map<String, Entry> listings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try {
                JsonObject json = JsonParser.parseString(line).getAsJsonObject();
                switch (json.get("op").getAsString()) {
                    case "put" -> {
                        Entry entry = GSON.fromJson(json.get("listing"), Entry.class);
                        listings.put(entry.id(), entry);
                    }
                    case "remove" -> listings.remove(json.get("id").getAsString());
                    case "clear" -> listings.clear();
                    default -> { }
                }
            } catch (JsonParseException | IllegalStateException e) {
                // a line cut short by a kill -9 in the middle of a write: that change never answered
            }
        }
        return new ArrayList<>(listings.values());
    }

    void saved(SandboxListing listing) {
        Entry entry;
        synchronized (listing) {
            entry = new Entry(listing.id, listing.outerId, listing.title, listing.category, listing.images, listing.onSale,
                    listing.skus.stream().map(s -> new SkuEntry(s.skuId, s.code, s.specs, s.priceFen, s.stock, s.image)).toList(),
                    listing.aliases);
        }
        append("{\"op\":\"put\",\"listing\":" + GSON.toJson(entry) + "}");
    }

    void removed(String id) {
        JsonObject line = new JsonObject();
        line.addProperty("op", "remove");
        line.addProperty("id", id);
        append(line.toString());
    }

    void cleared() {
        JsonObject line = new JsonObject();
        line.addProperty("op", "clear");
        append(line.toString());
    }

    /** One line in one write, so lines of concurrent changes never interleave; encoded outside the lock. */
    private void append(String line) {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        synchronized (this) {
            try {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the sandbox shop " + file, e);
            }
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // closing at shutdown: nothing is lost, every line was written when it happened
        }
    }
}
