package shelf.channel.sandbox.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import shelf.api.channel.ChannelAdapter;

/**
 * How many requests a second the sandbox answers, driven by the real adapters (signed, token-checked
 * requests): client threads create listings round-robin on the five channels, then look each up by outer id.
 * A benchmark that prints figures, not a test. Usage: SandboxBenchmark [seconds=10] [threads=32].
 */
public final class SandboxBenchmark {
    private SandboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        Sandbox sandbox = Simulators.sandbox(Map.of());
        List<String> channels = List.of("weidian", "taobao", "pinduoduo", "douyin", "wechat");
        List<ChannelAdapter> adapters = new java.util.ArrayList<>();
        for (String channel : channels) {
            ChannelAdapter adapter = Simulators.adapter(channel, sandbox);
            adapter.findByOuterId("warm-up");
            adapters.add(adapter);
        }
        AtomicLong created = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long requestsBefore = requests(sandbox);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.execute(() -> {
                for (long i = 0; System.nanoTime() < end; i++) {
                    ChannelAdapter adapter = adapters.get((int) ((thread + i) % adapters.size()));
                    String outerId = "BENCH-" + thread + "-" + i;
                    try {
                        adapter.create(SelfTest.product(outerId, "纯棉圆领短袖T恤 男款 压测"));
                        adapter.findByOuterId(outerId);
                        created.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        long requests = requests(sandbox) - requestsBefore;
        System.out.printf("sandbox: %,d requests in %d s = %,.0f requests/s; %,d listings created and found = %,.0f listings/s;"
                + " %d failed; %d client threads, %d cores%n", requests, seconds, requests / (double) seconds, created.get(),
                created.get() / (double) seconds, failed.get(), threads, Runtime.getRuntime().availableProcessors());
        for (String channel : channels) {
            Marketplace market = sandbox.market(channel);
            System.out.printf("  %-9s listings %,d, duplicates %d%n", channel, market.store.count(), market.store.duplicates());
        }
        sandbox.deactivate();
    }

    private static long requests(Sandbox sandbox) {
        return sandbox.markets("all").stream().mapToLong(m -> m.requests.sum()).sum();
    }
}
