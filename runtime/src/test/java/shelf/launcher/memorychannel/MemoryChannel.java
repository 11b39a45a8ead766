package shelf.launcher.memorychannel;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import shelf.api.catalog.Product;
import shelf.api.channel.ChannelAdapter;
import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelLimits;
import shelf.api.channel.ChannelListing;
import shelf.api.channel.ListingPage;

/**
 * A channel adapter bundle made by the publishing IT (see MemoryChannelBundle): a marketplace that keeps its
 * listings in a file under the instance's data folder, one line per listing created ("outerId listingId"), so
 * a listing created just before a kill -9 is still there after it, and a duplicate is a repeated outer id. Its
 * name reports the count: "memory: 3 listings, 0 duplicates". Bundle headers set the channel id and a delay
 * per call (Shelf-Test-Channel, Shelf-Test-Delay-Ms).
 */
public final class MemoryChannel implements ChannelAdapter, BundleActivator {
    private String channel;
    private long delay;
    private Path file;
    private final Map<String, String> byOuterId = new ConcurrentHashMap<>();
    /** What was sent, by listing id, since the bundle started (for listings(), that is channel:pull). */
    private final Map<String, Product> sent = new java.util.concurrent.ConcurrentSkipListMap<>();
    private int created;
    private ServiceRegistration<ChannelAdapter> registration;

    @Override
    public void start(BundleContext context) throws IOException {
        channel = context.getBundle().getHeaders().get("Shelf-Test-Channel");
        delay = Long.parseLong(context.getBundle().getHeaders().get("Shelf-Test-Delay-Ms"));
        file = Path.of(context.getProperty("shelf.home"), "data", "memory-" + channel + ".txt");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split(" ");
                byOuterId.putIfAbsent(parts[0], parts[1]);
                created++;
            }
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(SERVICE_PROPERTY, channel);
        registration = context.registerService(ChannelAdapter.class, this, properties);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }

    @Override
    public String id() {
        return channel;
    }

    @Override
    public synchronized String name() {
        return "memory: " + created + " listings, " + (created - byOuterId.size()) + " duplicates";
    }

    @Override
    public String apiVersion() {
        return "memory 1";
    }

    @Override
    public String endpoint() {
        return file.toString();
    }

    @Override
    public ChannelLimits limits() {
        return new ChannelLimits(60, ChannelLimits.TitleCounting.CHARACTERS, 9, 100, 2, "main-800", List.of());
    }

    private void pause() throws ChannelException {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelException(ChannelException.Kind.UNKNOWN_OUTCOME, "", "interrupted");
        }
    }

    @Override
    public String create(Product product) throws ChannelException {
        pause();
        synchronized (this) {
            String id = channel + "-" + (created + 1);
            try {
                Files.writeString(file, product.spuCode() + " " + id + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                throw new ChannelException(ChannelException.Kind.BUSY, "", "cannot write " + file + ": " + e.getMessage());
            }
            byOuterId.putIfAbsent(product.spuCode(), id);
            sent.put(id, product);
            created++;
            return id;
        }
    }

    @Override
    public void update(String listingId, Product product) throws ChannelException {
        pause();
        sent.put(listingId, product);
    }

    @Override
    public Optional<ChannelListing> findByOuterId(String outerId) throws ChannelException {
        pause();
        String id = byOuterId.get(outerId);
        return id == null ? Optional.empty() : Optional.of(new ChannelListing(id, outerId, true, null, Map.of()));
    }

    @Override
    public void setPrice(String listingId, String skuOuterId, BigDecimal price) throws ChannelException {
        pause();
    }

    @Override
    public void setStock(String listingId, String skuOuterId, int stock) throws ChannelException {
        pause();
    }

    @Override
    public void delist(String listingId) {
    }

    @Override
    public ListingPage listings(String cursor, int pageSize) {
        List<String> ids = List.copyOf(sent.keySet());
        int from = cursor.isEmpty() ? 0 : Integer.parseInt(cursor);
        int to = Math.min(ids.size(), from + pageSize);
        List<ChannelListing> page = ids.subList(from, to).stream()
                .map(id -> new ChannelListing(id, sent.get(id).spuCode(), true, sent.get(id), Map.of())).toList();
        return new ListingPage(page, to < ids.size() ? Integer.toString(to) : "");
    }
}
