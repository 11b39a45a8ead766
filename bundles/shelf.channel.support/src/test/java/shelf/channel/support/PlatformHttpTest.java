package shelf.channel.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import shelf.api.channel.ChannelException;
import shelf.api.channel.ChannelException.Kind;

/**
 * What a platform sees of PlatformHttp, and what the publisher is told when a call goes wrong, against a real HTTP
 * server on a local port: a lost answer must never be sent again by the client on its own (the publisher decides,
 * after looking the listing up), and the connections are kept alive between calls.
 */
class PlatformHttpTest {
    private HttpServer server;
    private ExecutorService handlers;
    private URI base;
    private PlatformHttp http;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        handlers = Executors.newFixedThreadPool(4);
        server.setExecutor(handlers);
        server.createContext("/echo", exchange -> {
            count(exchange);
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(body, StandardCharsets.UTF_8));
            answer(exchange, 200, "{\"结果\":\"已上架\"}");
        });
        server.createContext("/lost", exchange -> {
            count(exchange);
            exchange.getRequestBody().readAllBytes();
            exchange.close(); // the request arrived and took effect; the answer never leaves
        });
        server.createContext("/silent", exchange -> {
            count(exchange);
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/status/", exchange -> {
            count(exchange);
            int status = Integer.parseInt(exchange.getRequestURI().getPath().substring("/status/".length()));
            if (status == 302) {
                exchange.getResponseHeaders().add("Location", "/echo");
            }
            answer(exchange, status, "{}");
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        http = new PlatformHttp("测试平台", Duration.ofSeconds(2), Duration.ofMillis(500));
    }

    @AfterEach
    void stop() {
        http.close();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void count(HttpExchange exchange) {
        requests.incrementAndGet();
        clientPorts.add(exchange.getRemoteAddress().getPort());
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void sendsTheBodyUnderItsContentTypeAndReadsTheAnswerAsUtf8() throws Exception {
        HttpReply json = http.postJson(base.resolve("/echo"), "{\"title\":\"纯棉T恤\"}");
        HttpReply form = http.postForm(base.resolve("/echo"), Map.of("title", "纯棉 T恤"));
        HttpReply bytes = http.postBytes(base.resolve("/echo"), "image/jpeg", new byte[] {1, 2, 3});
        HttpReply get = http.get(base.resolve("/echo?x=1"));

        assertEquals(new HttpReply(200, "{\"结果\":\"已上架\"}"), json);
        assertEquals(json, form);
        assertEquals(json, bytes);
        assertEquals(json, get);
        assertEquals(List.of(
                "POST application/json;charset=utf-8 {\"title\":\"纯棉T恤\"}",
                "POST application/x-www-form-urlencoded;charset=utf-8 title=%E7%BA%AF%E6%A3%89+T%E6%81%A4",
                "POST image/jpeg \u0001\u0002\u0003",
                "GET null "), seen);
    }

    @Test
    void keepsTheConnectionAliveBetweenCalls() throws Exception {
        for (int i = 0; i < 20; i++) {
            http.postJson(base.resolve("/echo"), "{}");
        }
        assertEquals(20, requests.get());
        assertEquals(1, clientPorts.size(), "calls one after another share one connection: " + clientPorts);
    }

    @Test
    void aLostAnswerIsAnUnknownOutcomeAndTheRequestIsNeverSentAgain() throws Exception {
        http.postJson(base.resolve("/echo"), "{}"); // a kept-alive connection, the case where clients resend on their own
        requests.set(0);

        ChannelException lost = assertThrows(ChannelException.class, () -> http.postJson(base.resolve("/lost"), "{\"create\":1}"));

        assertEquals(Kind.UNKNOWN_OUTCOME, lost.kind());
        assertTrue(lost.getMessage().startsWith("测试平台的应答中断，请求可能已生效"), lost.getMessage());
        Thread.sleep(300);
        assertEquals(1, requests.get(), "the platform received the request once");
    }

    @Test
    void noAnswerWithinTheTimeoutIsAnUnknownOutcome() {
        long began = System.nanoTime();
        ChannelException silent = assertThrows(ChannelException.class, () -> http.postJson(base.resolve("/silent"), "{}"));
        long millis = (System.nanoTime() - began) / 1_000_000;

        assertEquals(Kind.UNKNOWN_OUTCOME, silent.kind());
        assertEquals("测试平台在500毫秒内没有应答，请求可能已生效", silent.getMessage());
        assertTrue(millis >= 450 && millis < 2_500, millis + " ms");
        assertEquals(1, requests.get());
    }

    @Test
    void noConnectionMeansNothingWasSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ChannelException refused = assertThrows(ChannelException.class,
                () -> http.postJson(URI.create("http://127.0.0.1:" + closedPort + "/echo"), "{}"));

        assertEquals(Kind.BUSY, refused.kind());
        assertTrue(refused.getMessage().startsWith("测试平台连接失败，请求未发出"), refused.getMessage());
    }

    @Test
    void aTimeoutOfZeroIsRefusedRatherThanWaitingForEver() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> new PlatformHttp("测试平台", Duration.ofSeconds(1), Duration.ZERO));
        assertEquals("测试平台: timeouts must be above 0 ms (connect 1000 ms, answer 0 ms)", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PlatformHttp("测试平台", Duration.ofMillis(-1), Duration.ofSeconds(1)));
    }

    @Test
    void throttlingServerErrorsAndRedirectsAreToldApart() throws Exception {
        ChannelException throttled = assertThrows(ChannelException.class, () -> http.postJson(base.resolve("/status/429"), "{}"));
        ChannelException gateway = assertThrows(ChannelException.class, () -> http.postJson(base.resolve("/status/502"), "{}"));
        HttpReply refused = http.postJson(base.resolve("/status/400"), "{}");
        HttpReply moved = http.postJson(base.resolve("/status/302"), "{}");

        assertEquals(Kind.RATE_LIMITED, throttled.kind());
        assertEquals("http-429", throttled.platformCode());
        assertEquals(Kind.UNKNOWN_OUTCOME, gateway.kind());
        assertEquals("http-502", gateway.platformCode());
        assertEquals(400, refused.status());
        assertEquals(302, moved.status());
        assertEquals(4, requests.get(), "a redirect is not followed");
        assertEquals(List.of(), seen, "the redirect's target was never asked");
    }
}
