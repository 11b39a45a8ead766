package shelf.channel.sandbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import shelf.channel.sandbox.kit.ListingJournal;
import shelf.channel.sandbox.kit.ListingStore;
import shelf.channel.sandbox.kit.MultipartForm;
import shelf.channel.sandbox.kit.SandboxReply;
import shelf.channel.sandbox.kit.SandboxRequest;
import shelf.channel.sandbox.kit.FaultPlan;
import shelf.channel.sandbox.kit.SandboxCredentials;


/**
 * The HTTP server of the five simulators on 127.0.0.1: /taobao, /pinduoduo, /douyin, /wechat, /weidian.
 * Faults are decided per request before the platform sees it — throttling above the QPS, system busy,
 * timeouts (dropped unanswered, not carried out) — and after — lost responses (carried out, answer never
 * sent) and latency (the answer sent later by a scheduler, no worker thread held).
 */
final class SandboxServer {
    private static final System.Logger LOG = System.getLogger(SandboxServer.class.getName());
    /** How long a timed-out request is held before its connection is dropped. */
    static final long TIMEOUT_HOLD_MS = 2_000;

    private final Map<String, Marketplace> markets = new LinkedHashMap<>();
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "shelf-sandbox-later");
        thread.setDaemon(true);
        return thread;
    });
    private final URI base;

    SandboxServer(int port, int threads, List<PlatformApi> apis, SandboxCredentials credentials) throws IOException {
        this(port, threads, apis, credentials, null);
    }

    /** @param shops the folder keeping each shop's listings across restarts, or null to keep them in memory only */
    SandboxServer(int port, int threads, List<PlatformApi> apis, SandboxCredentials credentials, java.nio.file.Path shops)
            throws IOException {
        long firstId = 1_000_000;
        for (PlatformApi api : apis) {
            ListingJournal journal = shops == null ? null : ListingJournal.open(shops.resolve(api.channel() + ".jsonl"));
            markets.put(api.channel(), new Marketplace(api, new ListingStore(firstId, journal), credentials));
            firstId += 100_000_000;
        }
        server = bind(port);
        workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "shelf-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        markets.values().forEach(market -> server.createContext("/" + market.channel(), exchange -> serve(market, exchange)));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Binds the port; when another process holds it (a second instance on this machine, say), any free port
     * instead — sandbox:status and the adapters follow wherever the server ends up.
     */
    private static HttpServer bind(int port) throws IOException {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the
        // client's delayed ACK hold every answer some 40 ms. The server reads this once, when first used.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
        } catch (java.net.BindException e) {
            if (port == 0) {
                throw e;
            }
            LOG.log(Level.WARNING, "sandbox port {0} is in use; listening on a free port instead", port);
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        }
    }

    URI base() {
        return base;
    }

    int port() {
        return server.getAddress().getPort();
    }

    Map<String, Marketplace> markets() {
        return markets;
    }

    void stop() {
        server.stop(0);
        markets.values().forEach(market -> market.store.close());
        workers.shutdownNow();
        later.shutdownNow();
    }

    private void serve(Marketplace market, HttpExchange exchange) {
        try {
            market.requests.increment();
            FaultPlan faults = market.faults;
            ThreadLocalRandom random = ThreadLocalRandom.current();
            SandboxReply reply;
            int thisSecond = market.rate.arrive(System.currentTimeMillis()); // every request, for the peak too
            if (market.throttled || faults.qps() > 0 && thisSecond > faults.qps()) {
                market.injected.increment();
                reply = market.api.rateLimited();
            } else if (random.nextDouble() < faults.busy()) {
                market.injected.increment();
                reply = market.api.busy();
            } else if (random.nextDouble() < faults.timeout()) {
                market.injected.increment();
                later.schedule(exchange::close, TIMEOUT_HOLD_MS, TimeUnit.MILLISECONDS);
                return;
            } else {
                reply = market.api.handle(read(market, exchange), market);
                if (random.nextDouble() < faults.lostResponse()) {
                    market.injected.increment();
                    exchange.close();
                    return;
                }
            }
            if (faults.latencyMs() > 0) {
                SandboxReply delayed = reply;
                later.schedule(() -> send(exchange, delayed), faults.latencyMs(), TimeUnit.MILLISECONDS);
            } else {
                send(exchange, reply);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "sandbox {0}: {1}", market.channel(), e.toString());
            send(exchange, new SandboxReply(500, "{\"error\":\"sandbox failure\"}"));
        }
    }

    /** The name a raw image/* body is known by among the request's files. */
    static final String RAW_IMAGE = "(raw image body)";

    private static SandboxRequest read(Marketplace market, HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        Map<String, String> form = new LinkedHashMap<>();
        Set<String> files = new HashSet<>();
        String text = "";
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            form = SandboxRequest.parameters(new String(body, StandardCharsets.UTF_8));
        } else if (contentType.startsWith("multipart/form-data")) {
            MultipartForm.read(contentType, body, form, files, market::received);
        } else if (!contentType.startsWith("image/")) {
            text = new String(body, StandardCharsets.UTF_8);
        } else {
            files.add(RAW_IMAGE); // raw image bytes: no field name, unlike a multipart file
            market.received(body);
        }
        String path = exchange.getRequestURI().getRawPath().substring(market.channel().length() + 1);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0));
            }
        });
        return new SandboxRequest(exchange.getRequestMethod(), path,
                SandboxRequest.parameters(exchange.getRequestURI().getRawQuery()), form, text, files, headers);
    }

    private static void send(HttpExchange exchange, SandboxReply reply) {
        try {
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client went away (it timed out first): nothing to answer
        } finally {
            exchange.close();
        }
    }
}
