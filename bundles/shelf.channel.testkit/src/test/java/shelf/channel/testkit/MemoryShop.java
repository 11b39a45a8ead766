package shelf.channel.testkit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import shelf.api.catalog.Product;

/**
 * A marketplace in memory, for testing the kit itself: its "API" is plain method calls that fail the way a
 * platform's answers do — {@link Refused} with the platform's code, an {@link IOException} for an answer lost.
 */
final class MemoryShop implements PlatformDouble {
    /** The platform's error answer: 401 token expired, 429 throttled. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int code;

        Refused(int code) {
            super("platform code " + code);
            this.code = code;
        }
    }

    record Item(String id, String outerId, Product product) {}

    private final Map<String, Item> items = new LinkedHashMap<>();
    private final Set<String> tokens = new HashSet<>();
    private int issued;
    private int nextId;
    private boolean losing;
    private boolean throttling;

    synchronized String issueToken() throws Refused {
        check();
        String token = "t" + ++issued;
        tokens.add(token);
        return token;
    }

    synchronized String create(String token, Product product) throws Refused, IOException {
        checkToken(token);
        Item item = new Item(String.valueOf(++nextId), product.spuCode(), product);
        items.put(item.id(), item);
        return answered(item.id());
    }

    synchronized void update(String token, String id, Product product) throws Refused, IOException {
        checkToken(token);
        items.put(id, new Item(id, product.spuCode(), product));
        answered(id);
    }

    /** Outer ids matched by their beginning, as platforms' searches do. */
    synchronized List<Item> search(String token, String outerIdStart) throws Refused, IOException {
        checkToken(token);
        return answered(new ArrayList<>(items.values().stream().filter(i -> i.outerId().startsWith(outerIdStart)).toList()));
    }

    private void check() throws Refused {
        if (throttling) {
            throw new Refused(429);
        }
    }

    private void checkToken(String token) throws Refused {
        check();
        if (!tokens.contains(token)) {
            throw new Refused(401);
        }
    }

    private <T> T answered(T answer) throws IOException {
        if (losing) {
            throw new IOException("connection closed before the answer");
        }
        return answer;
    }

    @Override
    public synchronized int listingsWithOuterId(String outerId) {
        return (int) items.values().stream().filter(i -> i.outerId().equals(outerId)).count();
    }

    @Override
    public synchronized int tokensIssued() {
        return issued;
    }

    @Override
    public synchronized void loseAnswers() {
        losing = true;
    }

    @Override
    public synchronized void expireTokens() {
        tokens.clear();
    }

    @Override
    public synchronized void throttle() {
        throttling = true;
    }

    @Override
    public synchronized void clearFaults() {
        losing = false;
        throttling = false;
    }
}
