package shelf.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web workbench's load driver (runtime/bench-web.sh): N reviewers' sessions, each logged in with its own
 * cookie and CSRF token, loop for a bounded time: the queue (a random one of its first pages), a product of
 * it, the board, approve that product. Prints requests/s and p50/p99 latency per page, then checks that every
 * approval the server confirmed is in the product's history exactly once, by that reviewer, and that the board's
 * counts moved by exactly the approvals made.
 *
 * <p>Arguments: base URL, sessions, seconds, the reviewers' password (users rev1…revN), a file for the approvals,
 * the think time in ms each session waits after each page (0: as fast as the server answers), and "lists" to
 * browse the queue and the board only (no product page, no approval).
 */
public final class WebLoad {
    private static final Pattern CSRF = Pattern.compile("<meta name=csrf content='([^']+)'>");
    private static final Pattern REFUSED = Pattern.compile("<p class=refused>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("data-href='/review/product\\?p=([^']+)'");
    private static final Pattern COUNT = Pattern.compile("data-state='([a-z-]+)'><h2>[^<]*<span class=en>[^<]*</span> <span class=count>\\((\\d+)\\)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    /** "MERCHANT/SPU from→to" → the reviewer the server said made that step. */
    private final Map<String, String> approvals = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    private long think;
    private boolean listsOnly;

    private WebLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int sessions = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String password = args[3];
        Path out = Path.of(args[4]);
        WebLoad load = new WebLoad(base);
        load.think = args.length > 5 ? Long.parseLong(args[5]) : 0;
        load.listsOnly = args.length > 6 && args[6].equals("lists");
        load.run(sessions, seconds, password, out);
    }

    /** One reviewer's browser: its cookie and the CSRF token of its last page. */
    private final class Session {
        final String user;
        String cookie = "";
        String csrf = "";

        Session(String user) {
            this.user = user;
        }

        HttpResponse<String> get(String page, String path) throws IOException, InterruptedException {
            return timed(page, HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie).GET().build());
        }

        HttpResponse<String> post(String page, String path, String... fields) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < fields.length; i += 2) {
                body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return timed(page, HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        }

        private HttpResponse<String> timed(String page, HttpRequest request) throws IOException, InterruptedException {
            long began = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long took = System.nanoTime() - began;
            if (page != null && think > 0) {
                // a reviewer reads the page before the next click: up to twice the mean, so sessions do not march in step
                Thread.sleep(ThreadLocalRandom.current().nextLong(think * 2 + 1));
            }
            if (page != null) {
                latencies.computeIfAbsent(page, p -> Collections.synchronizedList(new ArrayList<>())).add(took);
            }
            r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            if (r.statusCode() >= 400) {
                // the page's own words ("出错了 Something failed: …") say why
                Matcher why = REFUSED.matcher(r.body());
                errors.add(user + " " + request.method() + " " + request.uri().getPath() + ": HTTP " + r.statusCode()
                        + (why.find() ? " " + why.group(1).replaceAll("<[^>]*>", "") : ""));
            }
            return r;
        }
    }

    private void run(int sessions, int seconds, String password, Path out) throws Exception {
        Session lead = new Session("rev1");
        login(lead, password);
        Map<String, Integer> before = counts(lead);
        System.out.printf("board before: %s%n", before);

        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 1; i <= sessions; i++) {
            Session s = new Session("rev" + i);
            Thread t = new Thread(() -> browse(s, password, deadline), s.user);
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - began) / 1e9;

        long total = 0;
        System.out.printf("%d sessions, think time %d ms on average, %.1f s%n", sessions, think, elapsed);
        System.out.printf("%-10s %8s %8s %8s %8s %8s%n", "page", "requests", "req/s", "p50 ms", "p99 ms", "max ms");
        for (Map.Entry<String, List<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            Collections.sort(l);
            total += l.size();
            System.out.printf("%-10s %8d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), l.size(), l.size() / elapsed,
                    pct(l, 0.50), pct(l, 0.99), l.get(l.size() - 1) / 1e6);
        }
        System.out.printf("%-10s %8d %8.1f%n", "all", total, total / elapsed);

        // nothing approved twice, nothing lost
        Map<String, Integer> after = settledCounts(lead);
        System.out.printf("board after:  %s%n", after);
        int toFinal = 0;
        int toApproved = 0;
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> a : new TreeMap<>(approvals).entrySet()) {
            lines.add(a.getKey() + " " + a.getValue());
            if (a.getKey().endsWith("pre-review→final-review")) {
                toFinal++;
            } else {
                toApproved++;
            }
        }
        Files.write(out, lines);
        int checked = 0;
        int wrong = 0;
        Map<String, List<String>> byProduct = new HashMap<>();
        for (String step : approvals.keySet()) {
            byProduct.computeIfAbsent(step.substring(0, step.indexOf(' ')), p -> new ArrayList<>()).add(step);
        }
        for (Map.Entry<String, List<String>> p : byProduct.entrySet()) {
            String page = lead.get(null, "/review/product?p=" + URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).body();
            List<String> steps = new ArrayList<>();
            // the history's lines, tags taken out: "2026-12-03 23:58 初审 → 终审 由 by rev7"
            Matcher any = Pattern.compile("<li>(.*?)</li>").matcher(page.substring(Math.max(0, page.indexOf("class=history"))));
            while (any.find()) {
                steps.add(any.group(1).replaceAll("<[^>]*>", "") + " ");
            }
            for (String step : p.getValue()) {
                String reviewer = approvals.get(step);
                String arrow = step.endsWith("pre-review→final-review") ? "初审 → 终审" : "终审 → 已通过";
                long found = steps.stream().filter(h -> h.contains(arrow)).count();
                long byHim = steps.stream().filter(h -> h.contains(arrow) && h.contains(" " + reviewer + " ")).count();
                checked++;
                if (found != 1 || byHim != 1) {
                    wrong++;
                    if (wrong <= 5) {
                        System.out.printf("NOT ONCE: %s by %s — history %s%n", step, reviewer, steps);
                    }
                }
            }
        }
        int pre = before.get("pre-review") - after.get("pre-review");
        int fin = after.get("final-review") - before.get("final-review");
        int app = after.get("approved") - before.get("approved");
        System.out.printf("approvals confirmed by the server: %d (初审→终审 %d, 终审→已通过 %d); in the products' histories exactly "
                + "once by that reviewer: %d of %d%n", toFinal + toApproved, toFinal, toApproved, checked - wrong, checked);
        System.out.printf("board moved: pre-review −%d, final-review %+d, approved %+d — %s%n", pre, fin, app,
                pre == toFinal && fin == toFinal - toApproved && app == toApproved ? "matches the approvals"
                        : "DOES NOT MATCH the approvals");
        System.out.printf("HTTP errors: %d%s%n", errors.size(), errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(5, errors.size())));
        if (wrong > 0 || pre != toFinal || fin != toFinal - toApproved || app != toApproved || !errors.isEmpty()) {
            System.exit(1);
        }
    }

    private void browse(Session s, String password, long deadline) {
        try {
            login(s, password);
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < deadline) {
                String queue = s.get("queue", "/review" + (random.nextInt(4) == 0 ? "?from=" + 50 * random.nextInt(1, 20) : "")).body();
                List<String> refs = new ArrayList<>();
                Matcher m = ROW.matcher(queue);
                while (m.find()) {
                    refs.add(URLDecoder.decode(m.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8));
                }
                if (refs.isEmpty() || listsOnly) {
                    s.get("board", "/board");
                    continue;
                }
                String ref = refs.get(random.nextInt(refs.size()));
                String product = s.get("product", "/review/product?p=" + URLEncoder.encode(ref, StandardCharsets.UTF_8)).body();
                s.get("board", "/board");
                if (System.nanoTime() >= deadline || !product.contains("id=approve-form")) {
                    continue;
                }
                HttpResponse<String> r = s.post("approve", "/review/approve", "p", ref, "comment", "", "next", "", "csrf", s.csrf);
                String location = URLDecoder.decode(r.headers().firstValue("Location").orElse(""), StandardCharsets.UTF_8);
                // "SPU: 初审 → 终审 初审通过": a step the server made; "… nothing done": someone was first
                if (location.contains("初审 → 终审")) {
                    record(ref + " pre-review→final-review", s.user);
                } else if (location.contains("终审 → 已通过")) {
                    record(ref + " final-review→approved", s.user);
                }
            }
        } catch (IOException | InterruptedException e) {
            errors.add(s.user + ": " + e);
        }
    }

    private void record(String step, String user) {
        String earlier = approvals.putIfAbsent(step, user);
        if (earlier != null) {
            errors.add("approved twice: " + step + " by " + earlier + " and " + user);
        }
    }

    private void login(Session s, String password) throws IOException, InterruptedException {
        s.get(null, "/login");
        HttpResponse<String> r = s.post("login", "/login", "user", s.user, "password", password, "csrf", s.csrf);
        if (r.statusCode() != 303) {
            throw new IOException(s.user + " could not log in: HTTP " + r.statusCode());
        }
    }

    /**
     * The board's counts once they include every approval: a count is at most two seconds old, and a page asking
     * after that gets the one before while a recount runs — so read until two reads, 2.5 s apart, agree.
     */
    private static Map<String, Integer> settledCounts(Session s) throws IOException, InterruptedException {
        Map<String, Integer> last = null;
        for (int i = 0; i < 10; i++) {
            Thread.sleep(2_500);
            Map<String, Integer> now = counts(s);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static Map<String, Integer> counts(Session s) throws IOException, InterruptedException {
        Map<String, Integer> counts = new TreeMap<>();
        String page = s.get(null, "/board").body();
        Matcher m = COUNT.matcher(page);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        if (counts.isEmpty()) {
            Matcher why = REFUSED.matcher(page);
            throw new IOException("the board shows no counts" + (why.find() ? ": " + why.group(1).replaceAll("<[^>]*>", "") : ""));
        }
        return counts;
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
