package shelf.channel.sandbox.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import shelf.channel.sandbox.kit.ListingStore;
import shelf.channel.sandbox.kit.RateWindow;
import shelf.channel.sandbox.kit.ReviewDesk;
import shelf.channel.sandbox.kit.FaultPlan;
import shelf.channel.sandbox.kit.SandboxCredentials;
import shelf.channel.sandbox.kit.SandboxTokens;

/** One simulated platform's state: its API, shop, tokens, faults, throttle and counters. */
final class Marketplace {
    final PlatformApi api;
    final ListingStore store;
    final SandboxTokens tokens;
    final RateWindow rate = new RateWindow();
    final SandboxCredentials credentials;
    volatile FaultPlan faults = FaultPlan.NONE;
    /** Every request gets the platform's rate-limit answer, whatever the QPS: the channel contract tests' throttling. */
    volatile boolean throttled;
    final LongAdder requests = new LongAdder();
    final LongAdder injected = new LongAdder();
    /** Uploaded images, for the URL an upload answers with. */
    final AtomicLong images = new AtomicLong();
    /** The platform's review of created and updated listings (Douyin, Pinduoduo, WeChat). */
    final ReviewDesk reviews = new ReviewDesk();
    /**
     * WeChat: products whose draft was last saved without being sent for listing (product/add or product/update
     * without listing 1): their draft stays 编辑中 and no review looks at it.
     */
    final java.util.Set<String> drafts = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Ids the platform gave: Pinduoduo's spec ids ("1215 黑色" → id, and back), Douyin's store URIs. */
    final java.util.Map<String, String> issued = new java.util.concurrent.ConcurrentHashMap<>();
    /** Requests per method, for tests that check what was asked. */
    final java.util.Map<String, LongAdder> calls = new java.util.concurrent.ConcurrentHashMap<>();

    Marketplace(PlatformApi api, ListingStore store, SandboxCredentials credentials) {
        this.api = api;
        this.store = store;
        this.tokens = new SandboxTokens(api.channel());
        this.credentials = credentials;
    }

    String channel() {
        return api.channel();
    }

    /** A platform-hosted URL for an uploaded image. */
    String imageUrl(String name) {
        return "https://img.sandbox.shelf.local/" + channel() + "/" + images.incrementAndGet() + "-" + name;
    }

    /** The SHA-256 of the newest files sent to the platform (images uploaded), for tests that check the bytes. */
    final java.util.Deque<String> files = new java.util.concurrent.ConcurrentLinkedDeque<>();

    /** A file came in a request: remembered by its SHA-256, the newest 1,000. */
    void received(byte[] file) {
        try {
            files.addLast(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        while (files.size() > 1_000) {
            files.pollFirst();
        }
    }

    /** Counts one request of a method. */
    void called(String method) {
        calls.computeIfAbsent(method, m -> new LongAdder()).increment();
    }

    long calls(String method) {
        LongAdder n = calls.get(method);
        return n == null ? 0 : n.sum();
    }

    String issueToken() {
        return tokens.issue(faults.tokenTtlSeconds(), System.currentTimeMillis());
    }

    boolean tokenValid(String token) {
        return tokens.valid(token, System.currentTimeMillis());
    }

    void reset() {
        store.clear();
        files.clear();
        tokens.clear();
        reviews.clear();
        drafts.clear();
        calls.clear();
        faults = FaultPlan.NONE;
        throttled = false;
        requests.reset();
        rate.reset();
        injected.reset();
    }
}
